// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.
import type { Profile } from '@lr-mfa/types';
import type { SpecErrorExample, SpecOperation } from '../core/spec-types.js';

/** The spec's first server: the default origin of the MSW handlers. */
export const specServerUrl = "https://api.loginradius.com";

/** Where the spec's security scheme carries the API key. */
export const specApiKey: { in: 'query' | 'header'; name: string } | null = {
  "in": "query",
  "name": "apikey"
};

// Assigned through a variable: the type still checks every field the schema declares, without rejecting
// fields the vendor sends beyond it (excess-property checks only apply to literals).
const example = {
  "IsPasswordBreached": false,
  "IsActive": true,
  "IsDeleted": false,
  "EmailVerified": true,
  "IsLoginLocked": false,
  "IsRequiredFieldsFilledOnce": true,
  "FirstLogin": true,
  "IsProtected": false,
  "Hireable": true,
  "IsSecurePassword": true,
  "IsCustomUid": false,
  "PhoneIdVerified": true,
  "IsEmailSubscribed": true,
  "NoOfLogins": 10,
  "FollowersCount": 1250,
  "FriendsCount": 458,
  "TotalStatusesCount": 2341,
  "NumRecommenders": 15,
  "TotalPrivateRepository": 8,
  "PublicGists": 23,
  "PrivateGists": 5,
  "PinsCount": 67,
  "BoardsCount": 12,
  "LikesCount": 892,
  "SessionLimit": 5,
  "ID": "usr_12345abc",
  "Password": "********",
  "LoginLockedType": "None",
  "Provider": "facebook",
  "LastPasswordChangeToken": "tkn_abc123xyz",
  "FullName": "John Robert Smith",
  "FirstName": "John",
  "LastName": "Smith",
  "RegistrationProvider": "google",
  "RegistrationSource": "web",
  "LastLoginLocation": "New York, USA",
  "ExternalUserLoginId": "ext_789xyz",
  "PhoneId": "+1-555-123-4567",
  "UserName": "john_doe",
  "Prefix": "Mr.",
  "MiddleName": "Robert",
  "Suffix": "Jr.",
  "NickName": "Johnny",
  "ProfileName": "johnsmith",
  "BirthDate": "1990-05-15",
  "Gender": "male",
  "Website": "https://www.johnsmith.com",
  "ThumbnailImageUrl": "https://example.com/thumbnails/john.jpg",
  "ImageUrl": "https://example.com/images/john.jpg",
  "Favicon": "https://example.com/favicon.ico",
  "ProfileUrl": "https://example.com/profile/johnsmith",
  "HomeTown": "Boston",
  "State": "Massachusetts",
  "City": "Cambridge",
  "Industry": "Technology",
  "About": "Passionate software developer with 10+ years of experience",
  "TimeZone": "America/New_York",
  "LocalLanguage": "en-US",
  "CoverPhoto": "https://example.com/cover/john.jpg",
  "TagLine": "Building the future through code",
  "Language": "English",
  "Verified": "true",
  "UpdatedTime": "2024-03-20T15:30:00Z",
  "IsGeoEnabled": "true",
  "Associations": "IEEE, ACM",
  "Honors": "Best Developer Award 2023",
  "HttpsImageUrl": "https://example.com/secure/images/john.jpg",
  "MainAddress": "123 Tech Street, Cambridge, MA 02142",
  "Created": "2020-01-15T10:00:00Z",
  "LocalCity": "Cambridge",
  "ProfileCity": "Cambridge",
  "LocalCountry": "United States",
  "ProfileCountry": "United States",
  "RelationshipStatus": "Married",
  "Quota": "1000",
  "Quote": "Stay hungry, stay foolish",
  "Religion": "Private",
  "Political": "Private",
  "PublicRepository": "25",
  "RepositoryUrl": "https://github.com/johnsmith",
  "Age": "33",
  "ProfessionalHeadline": "Senior Software Engineer at Tech Corp",
  "LRUserID": "LR123456",
  "Currency": "USD",
  "StarredUrl": "https://github.com/johnsmith?tab=stars",
  "GistsUrl": "https://gist.github.com/johnsmith",
  "Company": "Tech Corp",
  "GravatarImageUrl": "https://gravatar.com/avatar/123456",
  "LastPasswordChangeDate": "2024-03-15T10:00:00Z",
  "PasswordExpirationDate": "2024-06-15T10:00:00Z",
  "CreatedDate": "2020-01-15T10:00:00Z",
  "ModifiedDate": "2024-03-20T15:30:00Z",
  "ProfileModifiedDate": "2024-03-19T12:00:00Z",
  "LastLoginDate": "2024-03-20T16:45:00Z",
  "SignupDate": "2020-01-15T10:00:00Z",
  "PrivacyPolicy": {
    "Version": "1.0",
    "AcceptSource": "Web",
    "AcceptDateTime": "2024-03-20T15:30:00Z"
  },
  "Country": {
    "Code": "US",
    "Name": "United States"
  },
  "AgeRange": {
    "Min": 18,
    "Max": 35
  },
  "KloutScore": {
    "KloutId": "klout_12345",
    "Score": 75.5
  },
  "Suggestions": {
    "CompaniesToFollow": [
      {
        "Id": "company_12345",
        "Name": "Tech Corp"
      }
    ],
    "IndustriesToFollow": [
      {
        "Id": "industry_12345",
        "Name": "Software Development"
      }
    ],
    "NewssourceToFollow": [
      {
        "Id": "news_12345",
        "Name": "Tech News Daily"
      }
    ],
    "PeopleToFollow": [
      {
        "Id": "person_12345",
        "Name": "John Doe"
      }
    ]
  },
  "Subscription": {
    "Name": "Pro Plan",
    "Space": "100GB",
    "PrivateRepos": "50",
    "Collaborators": "10"
  },
  "PIN": {
    "Skipped": false,
    "PIN": "1234",
    "LastPINChangeToken": "token_12345",
    "LastPINChangeDate": "2024-03-15T10:00:00Z",
    "SkippedDate": "2024-03-10T10:00:00Z"
  },
  "ConsentProfile": {
    "AcceptedConsentVersions": [
      {
        "IsCustom": false,
        "Version": 1,
        "Event": "Signup"
      }
    ],
    "Consents": [
      {
        "ConsentOptionId": "123e4567e89b12d3a456426614174000",
        "AcceptOnDate": "2024-03-20T15:30:00Z"
      }
    ]
  },
  "RegistrationData": {
    "Data": [
      {
        "DataSource": "Web",
        "Value": {
          "Id": "data_12345"
        }
      }
    ]
  },
  "ProviderAccessCredential": {
    "AccessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
    "TokenSecret": "abc123def456..."
  },
  "CustomFields": {
    "hobby": "Photography",
    "favorite_color": "Blue"
  },
  "ProfileImageUrls": {
    "small": "https://example.com/small.jpg",
    "large": "https://example.com/large.jpg"
  },
  "WebProfiles": {
    "linkedin": "https://linkedin.com/in/johndoe",
    "github": "https://github.com/johndoe"
  },
  "Roles": [
    "Admin",
    "User"
  ],
  "Uid": "577fabca-a33e-4a08-96e6-0ade8d846613",
  "PreviousUids": [
    "old_UID_123",
    "old_UID_456"
  ],
  "InterestedIn": [
    "Technology",
    "Music"
  ],
  "ExternalIds": [
    {
      "Operation": "add",
      "Source": "LinkedIn",
      "SourceId": "source_12345"
    }
  ],
  "UnverifiedEmail": [
    {
      "Type": "Primary",
      "Value": "john.doe@example.com"
    }
  ],
  "Positions": [
    {
      "Position": "Senior Software Engineer",
      "Summary": "Leading backend development team.",
      "StartDate": "2022-01-15T00:00:00Z",
      "EndDate": "2024-03-20T00:00:00Z",
      "IsCurrent": "true",
      "Location": "New York",
      "Company": {
        "Name": "Tech Corp",
        "Type": "Public Company",
        "Industry": "Software Development"
      }
    }
  ],
  "Educations": [
    {
      "School": "MIT",
      "Year": "2012",
      "Type": "Bachelor's",
      "Notes": "Computer Science Major",
      "Activities": "Robotics Club, Coding Competition",
      "Degree": "BS Computer Science",
      "FieldOfStudy": "Computer Science",
      "StartDate": "2008-09-01T00:00:00Z",
      "EndDate": "2012-05-30T00:00:00Z"
    }
  ],
  "PhoneNumbers": [
    {
      "PhoneType": "Mobile",
      "PhoneNumber": "+1-555-123-4567",
      "Operation": "add"
    }
  ],
  "IMAccounts": [
    {
      "AccountType": "Skype",
      "AccountName": "johnsmith_skype"
    }
  ],
  "Addresses": [
    {
      "Type": "Home",
      "Address1": "123 Tech Street",
      "Address2": "Apt 4B",
      "City": "Cambridge",
      "State": "MA",
      "PostalCode": "02142",
      "Region": "New England",
      "Country": "USA",
      "Operation": "add"
    }
  ],
  "Interests": [
    {
      "InterestedType": "Professional",
      "InterestedName": "Software Architecture"
    }
  ],
  "Sports": [
    {
      "Id": "sport_123",
      "Name": "Basketball"
    }
  ],
  "InspirationalPeople": [
    {
      "Id": "person_123",
      "Name": "Linus Torvalds"
    }
  ],
  "Awards": [
    {
      "Id": "award_123",
      "Name": "Best Developer Award",
      "Issuer": "Tech Conference 2023"
    }
  ],
  "Skills": [
    {
      "Id": "skill_123",
      "Name": "Python Programming"
    }
  ],
  "CurrentStatus": [
    {
      "Id": "status_123",
      "Text": "Working on exciting new project",
      "Source": "LinkedIn",
      "CreatedDate": "2024-03-20T15:30:00Z"
    }
  ],
  "Certifications": [
    {
      "Id": "cert_123",
      "Name": "AWS Certified Solutions Architect",
      "Authority": "Amazon Web Services",
      "Number": "CERT123456",
      "StartDate": "2023-01-15T00:00:00Z",
      "EndDate": "2026-01-15T00:00:00Z"
    }
  ],
  "Courses": [
    {
      "Id": "course_123",
      "Name": "Advanced Machine Learning",
      "Number": "CS701"
    }
  ],
  "Volunteer": [
    {
      "Id": "vol_123",
      "Role": "Technical Mentor",
      "Organization": "Code for America",
      "Cause": "Education"
    }
  ],
  "RecommendationsReceived": [
    {
      "Id": "rec_123",
      "RecommendationType": "Professional",
      "RecommendationText": "Excellent team player and technical leader",
      "Recommender": "Jane Doe"
    }
  ],
  "Languages": [
    {
      "Id": "lang_123",
      "Name": "English",
      "Proficiency": "Native"
    }
  ],
  "Projects": [
    {
      "Id": "proj_123",
      "Name": "AI-Powered Analytics Platform",
      "Summary": "Led development of machine learning analytics solution",
      "StartDate": "2023-01-01T00:00:00Z",
      "EndDate": "2024-01-01T00:00:00Z",
      "IsCurrent": "true"
    }
  ],
  "Games": [
    {
      "Id": "game_123",
      "Category": "Strategy",
      "Name": "Chess",
      "CreatedDate": "2024-01-15T10:30:00Z"
    }
  ],
  "Family": [
    {
      "Id": "fam_123",
      "Relationship": "Spouse",
      "Name": "Jane Smith"
    }
  ],
  "TelevisionShow": [
    {
      "Id": "show_123",
      "Category": "Science Fiction",
      "Name": "Black Mirror",
      "CreatedDate": "2024-01-15T10:30:00Z"
    }
  ],
  "MutualFriends": [
    {
      "Id": "friend_123",
      "Name": "Alice Johnson",
      "FirstName": "Alice",
      "LastName": "Johnson",
      "Birthday": "1992-05-15T00:00:00Z",
      "Hometown": "Chicago",
      "Link": "https://example.com/profile/alice",
      "Gender": "female"
    }
  ],
  "Movies": [
    {
      "Id": "movie_123",
      "Category": "Science Fiction",
      "Name": "The Matrix"
    }
  ],
  "Books": [
    {
      "Id": "book_123",
      "Category": "Technology",
      "Name": "Clean Code",
      "CreatedDate": "2023-10-01T00:00:00Z"
    }
  ],
  "Patents": [
    {
      "Id": "pat_123",
      "Title": "Novel Machine Learning Algorithm",
      "Date": "2023-10-01T00:00:00Z"
    }
  ],
  "FavoriteThings": [
    {
      "Id": "fav_123",
      "Name": "Programming",
      "Type": "Hobby"
    }
  ],
  "RelatedProfileViews": [
    {
      "FirstName": "Sarah",
      "LastName": "Connor",
      "Id": "view_123"
    }
  ],
  "PlacesLived": [
    {
      "Name": "San Francisco",
      "Operation": "add",
      "IsPrimary": true
    }
  ],
  "Publications": [
    {
      "Title": "Modern Software Architecture",
      "Publisher": "Tech Publishing House",
      "Date": "2023-08-15T00:00:00Z",
      "Id": "pub_123",
      "Url": "https://example.com/publications/123",
      "Summary": "A comprehensive guide to modern software architecture",
      "Authors": [
        {
          "Id": "author_123",
          "Name": "John Smith"
        }
      ]
    }
  ],
  "JobBookmarks": [
    {
      "IsApplied": true,
      "IsSaved": true,
      "ApplyTimestamp": "2024-02-15T14:30:00Z",
      "SavedTimestamp": "2024-02-14T10:00:00Z",
      "Job": {
        "Active": true,
        "Id": "job_123",
        "DescriptionSnippet": "Senior Role in cloud architecture",
        "PostingTimestamp": "2024-02-01T09:00:00Z"
      }
    }
  ],
  "Badges": [
    {
      "BadgeId": "badge_123",
      "Name": "Top Contributor",
      "BadgeMessage": "Awarded for exceptional contributions",
      "Description": "Recognition for community support",
      "ImageUrl": "https://example.com/badges/top-contributor.png"
    }
  ],
  "MemberUrlResources": [
    {
      "Url": "https://johnsmith.dev",
      "UrlName": "Portfolio"
    }
  ],
  "Organizations": [
    {
      "Id": "org_123",
      "Name": "Acme Corp",
      "LogoURL": "https://cdn.example.com/orgs/acme/logo.png"
    }
  ],
  "Email": [
    {
      "Type": "Primary",
      "Value": "john.doe@example.com"
    }
  ],
  "PasskeyLogin": {
    "ProgressiveFlag": true,
    "LocalEnrollmentFlag": false,
    "ProgressiveEnrollmentDate": "2024-03-15T10:00:00Z"
  },
  "Identities": [
    {
      "TokenSignSecret": 12345,
      "FirstLogin": true,
      "IsProtected": false,
      "Hireable": true,
      "FollowersCount": 1250,
      "FriendsCount": 458,
      "TotalStatusesCount": 2341,
      "NumRecommenders": 15,
      "TotalPrivateRepository": 8,
      "PublicGists": 23,
      "PrivateGists": 5,
      "PinsCount": 67,
      "BoardsCount": 12,
      "LikesCount": 892,
      "SessionLimit": 10,
      "ID": "usr_12345abc",
      "Provider": "facebook",
      "FullName": "John Robert Smith",
      "FirstName": "John",
      "LastName": "Smith",
      "PhoneId": "+1-555-123-4567",
      "Prefix": "Mr.",
      "MiddleName": "Robert",
      "Suffix": "Jr.",
      "NickName": "Johnny",
      "ProfileName": "johnsmith",
      "BirthDate": "1990-05-15",
      "Gender": "male",
      "Website": "https://www.johnsmith.com",
      "ThumbnailImageUrl": "https://example.com/thumbnails/john.jpg",
      "ImageUrl": "https://example.com/images/john.jpg",
      "Favicon": "https://example.com/favicon.ico",
      "ProfileUrl": "https://example.com/profile/johnsmith",
      "HomeTown": "Boston",
      "State": "Massachusetts",
      "City": "Cambridge",
      "Industry": "Technology",
      "About": "Passionate software developer with 10+ years of experience",
      "TimeZone": "America/New_York",
      "LocalLanguage": "en-US",
      "CoverPhoto": "https://example.com/cover/john.jpg",
      "TagLine": "Building the future through code",
      "Language": "English",
      "Verified": "true",
      "UpdatedTime": "2024-03-20T15:30:00Z",
      "IsGeoEnabled": "true",
      "Associations": "IEEE, ACM",
      "Honors": "Best Developer Award 2023",
      "HttpsImageUrl": "https://example.com/secure/images/john.jpg",
      "MainAddress": "123 Tech Street, Cambridge, MA 02142",
      "Created": "2020-01-15T10:00:00Z",
      "LocalCity": "Cambridge",
      "ProfileCity": "Cambridge",
      "LocalCountry": "United States",
      "ProfileCountry": "United States",
      "RelationshipStatus": "Married",
      "Quota": "1000",
      "Quote": "Stay hungry, stay foolish",
      "Religion": "Private",
      "Political": "Private",
      "PublicRepository": "25",
      "RepositoryUrl": "https://github.com/johnsmith",
      "Age": "33",
      "ProfessionalHeadline": "Senior Software Engineer at Tech Corp",
      "LRUserID": "LR123456",
      "Currency": "USD",
      "StarredUrl": "https://github.com/johnsmith?tab=stars",
      "GistsUrl": "https://gist.github.com/johnsmith",
      "Company": "Tech Corp",
      "GravatarImageUrl": "https://gravatar.com/avatar/123456",
      "CreatedDate": "2020-01-15T10:00:00Z",
      "ModifiedDate": "2024-03-20T15:30:00Z",
      "ProfileModifiedDate": "2024-03-19T12:00:00Z",
      "LastLoginDate": "2024-03-20T16:45:00Z",
      "SignupDate": "2020-01-15T10:00:00Z",
      "Country": {
        "Name": "United States",
        "Code": "US"
      },
      "AgeRange": {
        "Min": 30,
        "Max": 35
      },
      "KloutScore": {
        "KloutId": "klout123456",
        "Score": 75
      },
      "Suggestions": {
        "SuggestedFriends": [
          "user123",
          "user456",
          "user789"
        ]
      },
      "Subscription": {
        "Name": "Pro Plan",
        "Space": "100GB",
        "PrivateRepos": "50",
        "Collaborators": "10"
      },
      "ProviderAccessCredential": {
        "AccessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
        "TokenSecret": "abc123def456..."
      },
      "ProfileImageUrls": {
        "small": "https://example.com/images/small.jpg",
        "medium": "https://example.com/images/medium.jpg",
        "large": "https://example.com/images/large.jpg"
      },
      "WebProfiles": {
        "linkedin": "https://linkedin.com/in/johnsmith",
        "twitter": "https://twitter.com/johnsmith"
      },
      "PreviousUids": [
        "old_id_123",
        "old_id_456"
      ],
      "InterestedIn": [
        "Technology",
        "Innovation",
        "AI"
      ],
      "Positions": [
        {
          "Position": "Senior Software Engineer",
          "Summary": "Leading backend development team",
          "StartDate": "2022-01-15T00:00:00Z",
          "EndDate": "2024-03-20T00:00:00Z",
          "IsCurrent": true,
          "Company": {
            "Name": "Tech Corp",
            "Type": "Public Company",
            "Industry": "Software Development"
          },
          "Comapny": {
            "Name": "Tech Corp",
            "Type": "Public Company",
            "Industry": "Software Development"
          }
        }
      ],
      "Educations": [
        {
          "School": "MIT",
          "Year": "2012",
          "Type": "Bachelor's",
          "Notes": "Computer Science Major",
          "Activities": "Robotics Club, Coding Competition",
          "Degree": "BS Computer Science",
          "FieldOfStudy": "Computer Science",
          "StartDate": "2008-09-01T00:00:00Z",
          "EndDate": "2012-05-30T00:00:00Z"
        }
      ],
      "PhoneNumbers": [
        {
          "PhoneType": "Mobile",
          "PhoneNumber": "+1-555-123-4567",
          "op": "add"
        }
      ],
      "IMAccounts": [
        {
          "AccountType": "Skype",
          "AccountName": "johnsmith_skype"
        }
      ],
      "Addresses": [
        {
          "Type": "Home",
          "AddressType": "Primary",
          "Address1": "123 Tech Street",
          "Address2": "Apt 4B",
          "City": "Cambridge",
          "State": "MA",
          "PostalCode": "02142",
          "Region": "New England",
          "Op": "add",
          "Country": "USA"
        }
      ],
      "Interests": [
        {
          "InterestType": "Professional",
          "InterestName": "Software Architecture"
        }
      ],
      "Sports": [
        {
          "Id": "sport_123",
          "Name": "Basketball"
        }
      ],
      "InspirationalPeople": [
        {
          "Name": "Linus Torvalds",
          "Id": "person_123"
        }
      ],
      "Awards": [
        {
          "Id": "award_123",
          "Name": "Best Developer Award",
          "Issuer": "Tech Conference 2023"
        }
      ],
      "Skills": [
        {
          "Id": "skill_123",
          "Name": "Python Programming"
        }
      ],
      "CurrentStatus": [
        {
          "Id": "status_123",
          "Text": "Working on exciting new project",
          "Source": "LinkedIn",
          "CreatedDate": "2024-03-20T15:30:00Z"
        }
      ],
      "Certifications": [
        {
          "Id": "cert_123",
          "Name": "AWS Certified Solutions Architect",
          "Authority": "Amazon Web Services",
          "Number": "CERT123456",
          "StartDate": "2023-01-15T00:00:00Z",
          "EndDate": "2026-01-15T00:00:00Z"
        }
      ],
      "Courses": [
        {
          "Id": "course_123",
          "Name": "Advanced Machine Learning",
          "Number": "CS701"
        }
      ],
      "Volunteer": [
        {
          "Organization": "Code for America",
          "Role": "Technical Mentor",
          "Cause": "Education",
          "Id": "vol_123"
        }
      ],
      "RecommendationsReceived": [
        {
          "Id": "rec_123",
          "Recommender": "Jane Doe",
          "RecommendationText": "Excellent team player and technical leader",
          "RecommendationType": "Professional"
        }
      ],
      "Languages": [
        {
          "Id": "lang_123",
          "Name": "English",
          "Proficiency": "Native",
          "op": "add"
        }
      ],
      "Projects": [
        {
          "Id": "proj_123",
          "Name": "AI-Powered Analytics Platform",
          "Summary": "Led development of machine learning analytics solution",
          "StartDate": "2023-01-01T00:00:00Z",
          "EndDate": "2024-01-01T00:00:00Z",
          "IsCurrent": "true",
          "With": [
            {
              "Id": "user_123",
              "Name": "Jane Doe"
            }
          ]
        }
      ],
      "Games": [
        {
          "Id": "game_123",
          "Category": "Strategy",
          "Name": "Chess",
          "CreatedDate": "2024-01-15T10:30:00Z"
        }
      ],
      "Family": [
        {
          "Id": "fam_123",
          "Name": "Jane Smith",
          "Relationship": "Spouse"
        }
      ],
      "TelevisionShow": [
        {
          "Id": "show_123",
          "Category": "Science Fiction",
          "Name": "Black Mirror",
          "CreatedDate": "2024-01-15T10:30:00Z"
        }
      ],
      "MutualFriends": [
        {
          "Id": "friend_123",
          "Name": "Alice Johnson",
          "FirstName": "Alice",
          "LastName": "Johnson",
          "Birthday": "1992-05-15T00:00:00Z",
          "Hometown": "Chicago",
          "Link": "https://example.com/profile/alice",
          "Gender": "female"
        }
      ],
      "Movies": [
        {
          "MovieName": "The Matrix",
          "Genre": "Science Fiction"
        }
      ],
      "Books": [
        {
          "Id": "book_123",
          "Category": "Technology",
          "Name": "Clean Code",
          "CreatedDate": "2024-01-15"
        }
      ],
      "Patents": [
        {
          "Id": "pat_123",
          "Title": "Novel Machine Learning Algorithm",
          "Date": "2023-06-15"
        }
      ],
      "FavoriteThings": [
        {
          "Id": "fav_123",
          "Name": "Programming",
          "Type": "Hobby"
        }
      ],
      "RelatedProfileViews": [
        {
          "FirstName": "Sarah",
          "LastName": "Connor",
          "Id": "view_123"
        }
      ],
      "PlacesLived": [
        {
          "Name": "San Francisco",
          "Operation": "add",
          "IsPrimary": true
        }
      ],
      "Publications": [
        {
          "Title": "Modern Software Architecture",
          "Publisher": "Tech Publishing House",
          "Date": "2023-08-15T00:00:00Z",
          "Id": "pub_123",
          "Url": "https://example.com/publications/123",
          "Summary": "A comprehensive guide to modern software architecture",
          "Authors": [
            {
              "Id": "author_123",
              "Name": "John Smith"
            }
          ]
        }
      ],
      "JobBookmarks": [
        {
          "IsApplied": true,
          "IsSaved": true,
          "ApplyTimestamp": "2024-02-15T14:30:00Z",
          "SavedTimestamp": "2024-02-14T10:00:00Z",
          "Job": {
            "Active": true,
            "Id": "job_123",
            "DescriptionSnippet": "Senior Role in cloud architecture",
            "PostingTimestamp": "2024-02-01T09:00:00Z",
            "Compony": {
              "Id": "comp_123",
              "Name": "Tech Corp"
            },
            "Position": {
              "Title": "Senior Cloud Architect"
            }
          }
        }
      ],
      "Badges": [
        {
          "BadgeId": "badge_123",
          "BageId": "badge_123",
          "Name": "Top Contributor",
          "BadgeMessage": "Awarded for exceptional contributions",
          "BageMessage": "Awarded for exceptional contributions",
          "Description": "Recognition for community support",
          "ImageUrl": "https://example.com/badges/top-contributor.png"
        }
      ],
      "MemberUrlResources": [
        {
          "UrlName": "Portfolio",
          "Url": "https://johnsmith.dev"
        }
      ],
      "Email": [
        {
          "Type": "Primary",
          "Value": "john.smith@example.com"
        }
      ]
    }
  ]
};

/** The Profile of the success example verifySmsOtp 200 "vendorExample": the mock's default user. */
export const exampleProfile: Profile = example;

/** The spec's error examples, by ErrorCode, with the status they are documented under. */
export const specErrorExamples: Readonly<Record<number, SpecErrorExample>> = {
  "429": {
    "status": 429,
    "Message": "Too many request in particular time frame",
    "Description": "Too many request in particular time frame"
  },
  "901": {
    "status": 403,
    "Message": "The API key is unauthorized",
    "Description": "The API key is not authorized to access this API, please check the permissions of your LoginRadius account."
  },
  "908": {
    "status": 400,
    "Message": "A parameter is not formatted correctly",
    "Description": "The apikey is a required parameter."
  },
  "920": {
    "status": 400,
    "Message": "API key is invalid",
    "Description": "The provided API key is invalid, please use a valid API key of your LoginRadius account."
  },
  "922": {
    "status": 400,
    "Message": "API key is missing",
    "Description": "The API key is missing, please pass the apikey query parameter with the request."
  },
  "965": {
    "status": 400,
    "Message": "The post body is invalid",
    "Description": "The request body is invalid, please send a JSON body with the otp field."
  },
  "982": {
    "status": 403,
    "Message": "CAPTCHA is invalid",
    "Description": "The CAPTCHA response is invalid, please solve the CAPTCHA again."
  },
  "991": {
    "status": 403,
    "Message": "Your account is blocked",
    "Description": "Your account has been blocked, please contact the site administrator."
  },
  "1067": {
    "status": 403,
    "Message": "Invalid OTP Code",
    "Description": "The OTP code is invalid, please request for a new OTP."
  },
  "1068": {
    "status": 403,
    "Message": "The OTP has already been used",
    "Description": "The OTP has already been used, please request for a new OTP."
  },
  "1069": {
    "status": 403,
    "Message": "Verification OTP has expired",
    "Description": "The OTP has expired, please request for a new OTP."
  },
  "1070": {
    "status": 403,
    "Message": "The OTP cannot be accessed",
    "Description": "The OTP cannot be accessed, please request for a new OTP."
  },
  "1090": {
    "status": 400,
    "Message": "Invalid request body or payload",
    "Description": "The request body or payload is invalid, please check it and try again."
  },
  "1103": {
    "status": 403,
    "Message": "Two factor authentication token is invalid",
    "Description": "The second factor authentication token is invalid, please login again."
  },
  "1104": {
    "status": 403,
    "Message": "Two factor authentication token has expired",
    "Description": "The second factor authentication token has expired, please login again."
  },
  "1132": {
    "status": 403,
    "Message": "Your account has been locked",
    "Description": "Your account has been locked, please send a valid reCAPTCHA response with the request."
  },
  "1134": {
    "status": 400,
    "Message": "Validation error",
    "Description": "One or more fields failed validation, see Errors for details."
  },
  "1148": {
    "status": 403,
    "Message": "Your account has been locked",
    "Description": "Your account has been locked, please answer the security question to unlock it."
  },
  "1198": {
    "status": 403,
    "Message": "Your account has been locked",
    "Description": "Your account has been locked, please try again after sometime."
  },
  "1218": {
    "status": 403,
    "Message": "CAPTCHA is invalid",
    "Description": "The CAPTCHA response is invalid, please solve the CAPTCHA again."
  },
  "1281": {
    "status": 403,
    "Message": "Voice OTP has not been configured",
    "Description": "Voice OTP has not been configured for this tenant, please configure it in the Admin Console or use SMS."
  },
  "6003": {
    "status": 403,
    "Message": "Trial plan expired",
    "Description": "The trial plan has expired. To continue using the service, please contact support."
  },
  "7909": {
    "status": 500,
    "Message": "Operation failed due to an internal error.",
    "Description": "An unknown internal error occurred, please try again in a few minutes or contact your system administrator."
  },
  "8169": {
    "status": 404,
    "Message": "Invitation not found",
    "Description": "Invitation not found, Please provide valid invitation id."
  }
};

/** Every operation of the spec, in spec order. */
export const specOperations: readonly SpecOperation[] = [
  {
    "id": "verifySmsOtp",
    "method": "PUT",
    "path": "/identity/v2/auth/login/2fa/sms",
    "legacyPaths": [
      "/identity/v2/auth/login/2fa/verification/otp"
    ],
    "pattern": "^/identity/v2/auth/login/2fa/sms$",
    "pathParams": [],
    "inputs": [
      {
        "wire": "secondfactorauthenticationtoken",
        "in": "query",
        "required": true,
        "type": "string",
        "check": "check0"
      },
      {
        "wire": "smstemplate2fa",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "fields",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check2"
      },
      {
        "wire": "prevent_webhook",
        "in": "query",
        "required": false,
        "type": "boolean",
        "check": "check3"
      },
      {
        "wire": "isvoiceotp",
        "in": "query",
        "required": false,
        "type": "boolean",
        "check": "check3"
      },
      {
        "wire": "rbabrowseremailtemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbacityemailtemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbacountryemailtemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbaipemailtemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbadeviceemailtemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbaotpsmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbabrowsersmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbacitysmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbacountrysmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbaipsmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "rbadevicesmstemplate",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "X-PreventWebhook",
        "in": "header",
        "required": false,
        "type": "boolean",
        "check": "check3"
      },
      {
        "wire": "otp",
        "in": "body",
        "required": true,
        "check": "check4"
      },
      {
        "wire": "securityanswer",
        "in": "body",
        "required": false,
        "check": "check5"
      },
      {
        "wire": "g-recaptcha-response",
        "in": "body",
        "required": false,
        "check": "check1"
      },
      {
        "wire": "h-captcha-response",
        "in": "body",
        "required": false,
        "check": "check1"
      },
      {
        "wire": "qq_captcha_ticket",
        "in": "body",
        "required": false,
        "check": "check1"
      },
      {
        "wire": "qq_captcha_randstr",
        "in": "body",
        "required": false,
        "check": "check1"
      }
    ],
    "body": {
      "required": true,
      "contentType": "application/json",
      "whole": false
    },
    "responses": [
      {
        "status": "200",
        "contentType": "application/json",
        "examples": [
          {
            "name": "vendorExample",
            "value": {
              "Profile": {
                "IsPasswordBreached": false,
                "IsActive": true,
                "IsDeleted": false,
                "EmailVerified": true,
                "IsLoginLocked": false,
                "IsRequiredFieldsFilledOnce": true,
                "FirstLogin": true,
                "IsProtected": false,
                "Hireable": true,
                "IsSecurePassword": true,
                "IsCustomUid": false,
                "PhoneIdVerified": true,
                "IsEmailSubscribed": true,
                "NoOfLogins": 10,
                "FollowersCount": 1250,
                "FriendsCount": 458,
                "TotalStatusesCount": 2341,
                "NumRecommenders": 15,
                "TotalPrivateRepository": 8,
                "PublicGists": 23,
                "PrivateGists": 5,
                "PinsCount": 67,
                "BoardsCount": 12,
                "LikesCount": 892,
                "SessionLimit": 5,
                "ID": "usr_12345abc",
                "Password": "********",
                "LoginLockedType": "None",
                "Provider": "facebook",
                "LastPasswordChangeToken": "tkn_abc123xyz",
                "FullName": "John Robert Smith",
                "FirstName": "John",
                "LastName": "Smith",
                "RegistrationProvider": "google",
                "RegistrationSource": "web",
                "LastLoginLocation": "New York, USA",
                "ExternalUserLoginId": "ext_789xyz",
                "PhoneId": "+1-555-123-4567",
                "UserName": "john_doe",
                "Prefix": "Mr.",
                "MiddleName": "Robert",
                "Suffix": "Jr.",
                "NickName": "Johnny",
                "ProfileName": "johnsmith",
                "BirthDate": "1990-05-15",
                "Gender": "male",
                "Website": "https://www.johnsmith.com",
                "ThumbnailImageUrl": "https://example.com/thumbnails/john.jpg",
                "ImageUrl": "https://example.com/images/john.jpg",
                "Favicon": "https://example.com/favicon.ico",
                "ProfileUrl": "https://example.com/profile/johnsmith",
                "HomeTown": "Boston",
                "State": "Massachusetts",
                "City": "Cambridge",
                "Industry": "Technology",
                "About": "Passionate software developer with 10+ years of experience",
                "TimeZone": "America/New_York",
                "LocalLanguage": "en-US",
                "CoverPhoto": "https://example.com/cover/john.jpg",
                "TagLine": "Building the future through code",
                "Language": "English",
                "Verified": "true",
                "UpdatedTime": "2024-03-20T15:30:00Z",
                "IsGeoEnabled": "true",
                "Associations": "IEEE, ACM",
                "Honors": "Best Developer Award 2023",
                "HttpsImageUrl": "https://example.com/secure/images/john.jpg",
                "MainAddress": "123 Tech Street, Cambridge, MA 02142",
                "Created": "2020-01-15T10:00:00Z",
                "LocalCity": "Cambridge",
                "ProfileCity": "Cambridge",
                "LocalCountry": "United States",
                "ProfileCountry": "United States",
                "RelationshipStatus": "Married",
                "Quota": "1000",
                "Quote": "Stay hungry, stay foolish",
                "Religion": "Private",
                "Political": "Private",
                "PublicRepository": "25",
                "RepositoryUrl": "https://github.com/johnsmith",
                "Age": "33",
                "ProfessionalHeadline": "Senior Software Engineer at Tech Corp",
                "LRUserID": "LR123456",
                "Currency": "USD",
                "StarredUrl": "https://github.com/johnsmith?tab=stars",
                "GistsUrl": "https://gist.github.com/johnsmith",
                "Company": "Tech Corp",
                "GravatarImageUrl": "https://gravatar.com/avatar/123456",
                "LastPasswordChangeDate": "2024-03-15T10:00:00Z",
                "PasswordExpirationDate": "2024-06-15T10:00:00Z",
                "CreatedDate": "2020-01-15T10:00:00Z",
                "ModifiedDate": "2024-03-20T15:30:00Z",
                "ProfileModifiedDate": "2024-03-19T12:00:00Z",
                "LastLoginDate": "2024-03-20T16:45:00Z",
                "SignupDate": "2020-01-15T10:00:00Z",
                "PrivacyPolicy": {
                  "Version": "1.0",
                  "AcceptSource": "Web",
                  "AcceptDateTime": "2024-03-20T15:30:00Z"
                },
                "Country": {
                  "Code": "US",
                  "Name": "United States"
                },
                "AgeRange": {
                  "Min": 18,
                  "Max": 35
                },
                "KloutScore": {
                  "KloutId": "klout_12345",
                  "Score": 75.5
                },
                "Suggestions": {
                  "CompaniesToFollow": [
                    {
                      "Id": "company_12345",
                      "Name": "Tech Corp"
                    }
                  ],
                  "IndustriesToFollow": [
                    {
                      "Id": "industry_12345",
                      "Name": "Software Development"
                    }
                  ],
                  "NewssourceToFollow": [
                    {
                      "Id": "news_12345",
                      "Name": "Tech News Daily"
                    }
                  ],
                  "PeopleToFollow": [
                    {
                      "Id": "person_12345",
                      "Name": "John Doe"
                    }
                  ]
                },
                "Subscription": {
                  "Name": "Pro Plan",
                  "Space": "100GB",
                  "PrivateRepos": "50",
                  "Collaborators": "10"
                },
                "PIN": {
                  "Skipped": false,
                  "PIN": "1234",
                  "LastPINChangeToken": "token_12345",
                  "LastPINChangeDate": "2024-03-15T10:00:00Z",
                  "SkippedDate": "2024-03-10T10:00:00Z"
                },
                "ConsentProfile": {
                  "AcceptedConsentVersions": [
                    {
                      "IsCustom": false,
                      "Version": 1,
                      "Event": "Signup"
                    }
                  ],
                  "Consents": [
                    {
                      "ConsentOptionId": "123e4567e89b12d3a456426614174000",
                      "AcceptOnDate": "2024-03-20T15:30:00Z"
                    }
                  ]
                },
                "RegistrationData": {
                  "Data": [
                    {
                      "DataSource": "Web",
                      "Value": {
                        "Id": "data_12345"
                      }
                    }
                  ]
                },
                "ProviderAccessCredential": {
                  "AccessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                  "TokenSecret": "abc123def456..."
                },
                "CustomFields": {
                  "hobby": "Photography",
                  "favorite_color": "Blue"
                },
                "ProfileImageUrls": {
                  "small": "https://example.com/small.jpg",
                  "large": "https://example.com/large.jpg"
                },
                "WebProfiles": {
                  "linkedin": "https://linkedin.com/in/johndoe",
                  "github": "https://github.com/johndoe"
                },
                "Roles": [
                  "Admin",
                  "User"
                ],
                "Uid": "577fabca-a33e-4a08-96e6-0ade8d846613",
                "PreviousUids": [
                  "old_UID_123",
                  "old_UID_456"
                ],
                "InterestedIn": [
                  "Technology",
                  "Music"
                ],
                "ExternalIds": [
                  {
                    "Operation": "add",
                    "Source": "LinkedIn",
                    "SourceId": "source_12345"
                  }
                ],
                "UnverifiedEmail": [
                  {
                    "Type": "Primary",
                    "Value": "john.doe@example.com"
                  }
                ],
                "Positions": [
                  {
                    "Position": "Senior Software Engineer",
                    "Summary": "Leading backend development team.",
                    "StartDate": "2022-01-15T00:00:00Z",
                    "EndDate": "2024-03-20T00:00:00Z",
                    "IsCurrent": "true",
                    "Location": "New York",
                    "Company": {
                      "Name": "Tech Corp",
                      "Type": "Public Company",
                      "Industry": "Software Development"
                    }
                  }
                ],
                "Educations": [
                  {
                    "School": "MIT",
                    "Year": "2012",
                    "Type": "Bachelor's",
                    "Notes": "Computer Science Major",
                    "Activities": "Robotics Club, Coding Competition",
                    "Degree": "BS Computer Science",
                    "FieldOfStudy": "Computer Science",
                    "StartDate": "2008-09-01T00:00:00Z",
                    "EndDate": "2012-05-30T00:00:00Z"
                  }
                ],
                "PhoneNumbers": [
                  {
                    "PhoneType": "Mobile",
                    "PhoneNumber": "+1-555-123-4567",
                    "Operation": "add"
                  }
                ],
                "IMAccounts": [
                  {
                    "AccountType": "Skype",
                    "AccountName": "johnsmith_skype"
                  }
                ],
                "Addresses": [
                  {
                    "Type": "Home",
                    "Address1": "123 Tech Street",
                    "Address2": "Apt 4B",
                    "City": "Cambridge",
                    "State": "MA",
                    "PostalCode": "02142",
                    "Region": "New England",
                    "Country": "USA",
                    "Operation": "add"
                  }
                ],
                "Interests": [
                  {
                    "InterestedType": "Professional",
                    "InterestedName": "Software Architecture"
                  }
                ],
                "Sports": [
                  {
                    "Id": "sport_123",
                    "Name": "Basketball"
                  }
                ],
                "InspirationalPeople": [
                  {
                    "Id": "person_123",
                    "Name": "Linus Torvalds"
                  }
                ],
                "Awards": [
                  {
                    "Id": "award_123",
                    "Name": "Best Developer Award",
                    "Issuer": "Tech Conference 2023"
                  }
                ],
                "Skills": [
                  {
                    "Id": "skill_123",
                    "Name": "Python Programming"
                  }
                ],
                "CurrentStatus": [
                  {
                    "Id": "status_123",
                    "Text": "Working on exciting new project",
                    "Source": "LinkedIn",
                    "CreatedDate": "2024-03-20T15:30:00Z"
                  }
                ],
                "Certifications": [
                  {
                    "Id": "cert_123",
                    "Name": "AWS Certified Solutions Architect",
                    "Authority": "Amazon Web Services",
                    "Number": "CERT123456",
                    "StartDate": "2023-01-15T00:00:00Z",
                    "EndDate": "2026-01-15T00:00:00Z"
                  }
                ],
                "Courses": [
                  {
                    "Id": "course_123",
                    "Name": "Advanced Machine Learning",
                    "Number": "CS701"
                  }
                ],
                "Volunteer": [
                  {
                    "Id": "vol_123",
                    "Role": "Technical Mentor",
                    "Organization": "Code for America",
                    "Cause": "Education"
                  }
                ],
                "RecommendationsReceived": [
                  {
                    "Id": "rec_123",
                    "RecommendationType": "Professional",
                    "RecommendationText": "Excellent team player and technical leader",
                    "Recommender": "Jane Doe"
                  }
                ],
                "Languages": [
                  {
                    "Id": "lang_123",
                    "Name": "English",
                    "Proficiency": "Native"
                  }
                ],
                "Projects": [
                  {
                    "Id": "proj_123",
                    "Name": "AI-Powered Analytics Platform",
                    "Summary": "Led development of machine learning analytics solution",
                    "StartDate": "2023-01-01T00:00:00Z",
                    "EndDate": "2024-01-01T00:00:00Z",
                    "IsCurrent": "true"
                  }
                ],
                "Games": [
                  {
                    "Id": "game_123",
                    "Category": "Strategy",
                    "Name": "Chess",
                    "CreatedDate": "2024-01-15T10:30:00Z"
                  }
                ],
                "Family": [
                  {
                    "Id": "fam_123",
                    "Relationship": "Spouse",
                    "Name": "Jane Smith"
                  }
                ],
                "TelevisionShow": [
                  {
                    "Id": "show_123",
                    "Category": "Science Fiction",
                    "Name": "Black Mirror",
                    "CreatedDate": "2024-01-15T10:30:00Z"
                  }
                ],
                "MutualFriends": [
                  {
                    "Id": "friend_123",
                    "Name": "Alice Johnson",
                    "FirstName": "Alice",
                    "LastName": "Johnson",
                    "Birthday": "1992-05-15T00:00:00Z",
                    "Hometown": "Chicago",
                    "Link": "https://example.com/profile/alice",
                    "Gender": "female"
                  }
                ],
                "Movies": [
                  {
                    "Id": "movie_123",
                    "Category": "Science Fiction",
                    "Name": "The Matrix"
                  }
                ],
                "Books": [
                  {
                    "Id": "book_123",
                    "Category": "Technology",
                    "Name": "Clean Code",
                    "CreatedDate": "2023-10-01T00:00:00Z"
                  }
                ],
                "Patents": [
                  {
                    "Id": "pat_123",
                    "Title": "Novel Machine Learning Algorithm",
                    "Date": "2023-10-01T00:00:00Z"
                  }
                ],
                "FavoriteThings": [
                  {
                    "Id": "fav_123",
                    "Name": "Programming",
                    "Type": "Hobby"
                  }
                ],
                "RelatedProfileViews": [
                  {
                    "FirstName": "Sarah",
                    "LastName": "Connor",
                    "Id": "view_123"
                  }
                ],
                "PlacesLived": [
                  {
                    "Name": "San Francisco",
                    "Operation": "add",
                    "IsPrimary": true
                  }
                ],
                "Publications": [
                  {
                    "Title": "Modern Software Architecture",
                    "Publisher": "Tech Publishing House",
                    "Date": "2023-08-15T00:00:00Z",
                    "Id": "pub_123",
                    "Url": "https://example.com/publications/123",
                    "Summary": "A comprehensive guide to modern software architecture",
                    "Authors": [
                      {
                        "Id": "author_123",
                        "Name": "John Smith"
                      }
                    ]
                  }
                ],
                "JobBookmarks": [
                  {
                    "IsApplied": true,
                    "IsSaved": true,
                    "ApplyTimestamp": "2024-02-15T14:30:00Z",
                    "SavedTimestamp": "2024-02-14T10:00:00Z",
                    "Job": {
                      "Active": true,
                      "Id": "job_123",
                      "DescriptionSnippet": "Senior Role in cloud architecture",
                      "PostingTimestamp": "2024-02-01T09:00:00Z"
                    }
                  }
                ],
                "Badges": [
                  {
                    "BadgeId": "badge_123",
                    "Name": "Top Contributor",
                    "BadgeMessage": "Awarded for exceptional contributions",
                    "Description": "Recognition for community support",
                    "ImageUrl": "https://example.com/badges/top-contributor.png"
                  }
                ],
                "MemberUrlResources": [
                  {
                    "Url": "https://johnsmith.dev",
                    "UrlName": "Portfolio"
                  }
                ],
                "Organizations": [
                  {
                    "Id": "org_123",
                    "Name": "Acme Corp",
                    "LogoURL": "https://cdn.example.com/orgs/acme/logo.png"
                  }
                ],
                "Email": [
                  {
                    "Type": "Primary",
                    "Value": "john.doe@example.com"
                  }
                ],
                "PasskeyLogin": {
                  "ProgressiveFlag": true,
                  "LocalEnrollmentFlag": false,
                  "ProgressiveEnrollmentDate": "2024-03-15T10:00:00Z"
                },
                "Identities": [
                  {
                    "TokenSignSecret": 12345,
                    "FirstLogin": true,
                    "IsProtected": false,
                    "Hireable": true,
                    "FollowersCount": 1250,
                    "FriendsCount": 458,
                    "TotalStatusesCount": 2341,
                    "NumRecommenders": 15,
                    "TotalPrivateRepository": 8,
                    "PublicGists": 23,
                    "PrivateGists": 5,
                    "PinsCount": 67,
                    "BoardsCount": 12,
                    "LikesCount": 892,
                    "SessionLimit": 10,
                    "ID": "usr_12345abc",
                    "Provider": "facebook",
                    "FullName": "John Robert Smith",
                    "FirstName": "John",
                    "LastName": "Smith",
                    "PhoneId": "+1-555-123-4567",
                    "Prefix": "Mr.",
                    "MiddleName": "Robert",
                    "Suffix": "Jr.",
                    "NickName": "Johnny",
                    "ProfileName": "johnsmith",
                    "BirthDate": "1990-05-15",
                    "Gender": "male",
                    "Website": "https://www.johnsmith.com",
                    "ThumbnailImageUrl": "https://example.com/thumbnails/john.jpg",
                    "ImageUrl": "https://example.com/images/john.jpg",
                    "Favicon": "https://example.com/favicon.ico",
                    "ProfileUrl": "https://example.com/profile/johnsmith",
                    "HomeTown": "Boston",
                    "State": "Massachusetts",
                    "City": "Cambridge",
                    "Industry": "Technology",
                    "About": "Passionate software developer with 10+ years of experience",
                    "TimeZone": "America/New_York",
                    "LocalLanguage": "en-US",
                    "CoverPhoto": "https://example.com/cover/john.jpg",
                    "TagLine": "Building the future through code",
                    "Language": "English",
                    "Verified": "true",
                    "UpdatedTime": "2024-03-20T15:30:00Z",
                    "IsGeoEnabled": "true",
                    "Associations": "IEEE, ACM",
                    "Honors": "Best Developer Award 2023",
                    "HttpsImageUrl": "https://example.com/secure/images/john.jpg",
                    "MainAddress": "123 Tech Street, Cambridge, MA 02142",
                    "Created": "2020-01-15T10:00:00Z",
                    "LocalCity": "Cambridge",
                    "ProfileCity": "Cambridge",
                    "LocalCountry": "United States",
                    "ProfileCountry": "United States",
                    "RelationshipStatus": "Married",
                    "Quota": "1000",
                    "Quote": "Stay hungry, stay foolish",
                    "Religion": "Private",
                    "Political": "Private",
                    "PublicRepository": "25",
                    "RepositoryUrl": "https://github.com/johnsmith",
                    "Age": "33",
                    "ProfessionalHeadline": "Senior Software Engineer at Tech Corp",
                    "LRUserID": "LR123456",
                    "Currency": "USD",
                    "StarredUrl": "https://github.com/johnsmith?tab=stars",
                    "GistsUrl": "https://gist.github.com/johnsmith",
                    "Company": "Tech Corp",
                    "GravatarImageUrl": "https://gravatar.com/avatar/123456",
                    "CreatedDate": "2020-01-15T10:00:00Z",
                    "ModifiedDate": "2024-03-20T15:30:00Z",
                    "ProfileModifiedDate": "2024-03-19T12:00:00Z",
                    "LastLoginDate": "2024-03-20T16:45:00Z",
                    "SignupDate": "2020-01-15T10:00:00Z",
                    "Country": {
                      "Name": "United States",
                      "Code": "US"
                    },
                    "AgeRange": {
                      "Min": 30,
                      "Max": 35
                    },
                    "KloutScore": {
                      "KloutId": "klout123456",
                      "Score": 75
                    },
                    "Suggestions": {
                      "SuggestedFriends": [
                        "user123",
                        "user456",
                        "user789"
                      ]
                    },
                    "Subscription": {
                      "Name": "Pro Plan",
                      "Space": "100GB",
                      "PrivateRepos": "50",
                      "Collaborators": "10"
                    },
                    "ProviderAccessCredential": {
                      "AccessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                      "TokenSecret": "abc123def456..."
                    },
                    "ProfileImageUrls": {
                      "small": "https://example.com/images/small.jpg",
                      "medium": "https://example.com/images/medium.jpg",
                      "large": "https://example.com/images/large.jpg"
                    },
                    "WebProfiles": {
                      "linkedin": "https://linkedin.com/in/johnsmith",
                      "twitter": "https://twitter.com/johnsmith"
                    },
                    "PreviousUids": [
                      "old_id_123",
                      "old_id_456"
                    ],
                    "InterestedIn": [
                      "Technology",
                      "Innovation",
                      "AI"
                    ],
                    "Positions": [
                      {
                        "Position": "Senior Software Engineer",
                        "Summary": "Leading backend development team",
                        "StartDate": "2022-01-15T00:00:00Z",
                        "EndDate": "2024-03-20T00:00:00Z",
                        "IsCurrent": true,
                        "Company": {
                          "Name": "Tech Corp",
                          "Type": "Public Company",
                          "Industry": "Software Development"
                        },
                        "Comapny": {
                          "Name": "Tech Corp",
                          "Type": "Public Company",
                          "Industry": "Software Development"
                        }
                      }
                    ],
                    "Educations": [
                      {
                        "School": "MIT",
                        "Year": "2012",
                        "Type": "Bachelor's",
                        "Notes": "Computer Science Major",
                        "Activities": "Robotics Club, Coding Competition",
                        "Degree": "BS Computer Science",
                        "FieldOfStudy": "Computer Science",
                        "StartDate": "2008-09-01T00:00:00Z",
                        "EndDate": "2012-05-30T00:00:00Z"
                      }
                    ],
                    "PhoneNumbers": [
                      {
                        "PhoneType": "Mobile",
                        "PhoneNumber": "+1-555-123-4567",
                        "op": "add"
                      }
                    ],
                    "IMAccounts": [
                      {
                        "AccountType": "Skype",
                        "AccountName": "johnsmith_skype"
                      }
                    ],
                    "Addresses": [
                      {
                        "Type": "Home",
                        "AddressType": "Primary",
                        "Address1": "123 Tech Street",
                        "Address2": "Apt 4B",
                        "City": "Cambridge",
                        "State": "MA",
                        "PostalCode": "02142",
                        "Region": "New England",
                        "Op": "add",
                        "Country": "USA"
                      }
                    ],
                    "Interests": [
                      {
                        "InterestType": "Professional",
                        "InterestName": "Software Architecture"
                      }
                    ],
                    "Sports": [
                      {
                        "Id": "sport_123",
                        "Name": "Basketball"
                      }
                    ],
                    "InspirationalPeople": [
                      {
                        "Name": "Linus Torvalds",
                        "Id": "person_123"
                      }
                    ],
                    "Awards": [
                      {
                        "Id": "award_123",
                        "Name": "Best Developer Award",
                        "Issuer": "Tech Conference 2023"
                      }
                    ],
                    "Skills": [
                      {
                        "Id": "skill_123",
                        "Name": "Python Programming"
                      }
                    ],
                    "CurrentStatus": [
                      {
                        "Id": "status_123",
                        "Text": "Working on exciting new project",
                        "Source": "LinkedIn",
                        "CreatedDate": "2024-03-20T15:30:00Z"
                      }
                    ],
                    "Certifications": [
                      {
                        "Id": "cert_123",
                        "Name": "AWS Certified Solutions Architect",
                        "Authority": "Amazon Web Services",
                        "Number": "CERT123456",
                        "StartDate": "2023-01-15T00:00:00Z",
                        "EndDate": "2026-01-15T00:00:00Z"
                      }
                    ],
                    "Courses": [
                      {
                        "Id": "course_123",
                        "Name": "Advanced Machine Learning",
                        "Number": "CS701"
                      }
                    ],
                    "Volunteer": [
                      {
                        "Organization": "Code for America",
                        "Role": "Technical Mentor",
                        "Cause": "Education",
                        "Id": "vol_123"
                      }
                    ],
                    "RecommendationsReceived": [
                      {
                        "Id": "rec_123",
                        "Recommender": "Jane Doe",
                        "RecommendationText": "Excellent team player and technical leader",
                        "RecommendationType": "Professional"
                      }
                    ],
                    "Languages": [
                      {
                        "Id": "lang_123",
                        "Name": "English",
                        "Proficiency": "Native",
                        "op": "add"
                      }
                    ],
                    "Projects": [
                      {
                        "Id": "proj_123",
                        "Name": "AI-Powered Analytics Platform",
                        "Summary": "Led development of machine learning analytics solution",
                        "StartDate": "2023-01-01T00:00:00Z",
                        "EndDate": "2024-01-01T00:00:00Z",
                        "IsCurrent": "true",
                        "With": [
                          {
                            "Id": "user_123",
                            "Name": "Jane Doe"
                          }
                        ]
                      }
                    ],
                    "Games": [
                      {
                        "Id": "game_123",
                        "Category": "Strategy",
                        "Name": "Chess",
                        "CreatedDate": "2024-01-15T10:30:00Z"
                      }
                    ],
                    "Family": [
                      {
                        "Id": "fam_123",
                        "Name": "Jane Smith",
                        "Relationship": "Spouse"
                      }
                    ],
                    "TelevisionShow": [
                      {
                        "Id": "show_123",
                        "Category": "Science Fiction",
                        "Name": "Black Mirror",
                        "CreatedDate": "2024-01-15T10:30:00Z"
                      }
                    ],
                    "MutualFriends": [
                      {
                        "Id": "friend_123",
                        "Name": "Alice Johnson",
                        "FirstName": "Alice",
                        "LastName": "Johnson",
                        "Birthday": "1992-05-15T00:00:00Z",
                        "Hometown": "Chicago",
                        "Link": "https://example.com/profile/alice",
                        "Gender": "female"
                      }
                    ],
                    "Movies": [
                      {
                        "MovieName": "The Matrix",
                        "Genre": "Science Fiction"
                      }
                    ],
                    "Books": [
                      {
                        "Id": "book_123",
                        "Category": "Technology",
                        "Name": "Clean Code",
                        "CreatedDate": "2024-01-15"
                      }
                    ],
                    "Patents": [
                      {
                        "Id": "pat_123",
                        "Title": "Novel Machine Learning Algorithm",
                        "Date": "2023-06-15"
                      }
                    ],
                    "FavoriteThings": [
                      {
                        "Id": "fav_123",
                        "Name": "Programming",
                        "Type": "Hobby"
                      }
                    ],
                    "RelatedProfileViews": [
                      {
                        "FirstName": "Sarah",
                        "LastName": "Connor",
                        "Id": "view_123"
                      }
                    ],
                    "PlacesLived": [
                      {
                        "Name": "San Francisco",
                        "Operation": "add",
                        "IsPrimary": true
                      }
                    ],
                    "Publications": [
                      {
                        "Title": "Modern Software Architecture",
                        "Publisher": "Tech Publishing House",
                        "Date": "2023-08-15T00:00:00Z",
                        "Id": "pub_123",
                        "Url": "https://example.com/publications/123",
                        "Summary": "A comprehensive guide to modern software architecture",
                        "Authors": [
                          {
                            "Id": "author_123",
                            "Name": "John Smith"
                          }
                        ]
                      }
                    ],
                    "JobBookmarks": [
                      {
                        "IsApplied": true,
                        "IsSaved": true,
                        "ApplyTimestamp": "2024-02-15T14:30:00Z",
                        "SavedTimestamp": "2024-02-14T10:00:00Z",
                        "Job": {
                          "Active": true,
                          "Id": "job_123",
                          "DescriptionSnippet": "Senior Role in cloud architecture",
                          "PostingTimestamp": "2024-02-01T09:00:00Z",
                          "Compony": {
                            "Id": "comp_123",
                            "Name": "Tech Corp"
                          },
                          "Position": {
                            "Title": "Senior Cloud Architect"
                          }
                        }
                      }
                    ],
                    "Badges": [
                      {
                        "BadgeId": "badge_123",
                        "BageId": "badge_123",
                        "Name": "Top Contributor",
                        "BadgeMessage": "Awarded for exceptional contributions",
                        "BageMessage": "Awarded for exceptional contributions",
                        "Description": "Recognition for community support",
                        "ImageUrl": "https://example.com/badges/top-contributor.png"
                      }
                    ],
                    "MemberUrlResources": [
                      {
                        "UrlName": "Portfolio",
                        "Url": "https://johnsmith.dev"
                      }
                    ],
                    "Email": [
                      {
                        "Type": "Primary",
                        "Value": "john.smith@example.com"
                      }
                    ]
                  }
                ]
              },
              "access_token": "68***-91**-****-b**b-e**********9",
              "refresh_token": "68***-91**-****-b**b-e**********9",
              "expires_in": "2023-10-01T12:00:00Z"
            }
          },
          {
            "name": "sparseProfile",
            "value": {
              "Profile": {
                "Identities": null,
                "Password": null,
                "LastPasswordChangeDate": null,
                "PasswordExpirationDate": null,
                "LastPasswordChangeToken": null,
                "EmailVerified": true,
                "IsActive": true,
                "IsDeleted": false,
                "Uid": "6b5a3c1e9f0d4e2a8c7b1d3f5e7a9c0b",
                "CustomFields": null,
                "IsEmailSubscribed": false,
                "UserName": null,
                "NoOfLogins": 4,
                "PhoneId": "+14155550123",
                "PhoneIdVerified": true,
                "Roles": null,
                "ExternalUserLoginId": null,
                "RegistrationProvider": "Email",
                "IsLoginLocked": false,
                "LoginLockedType": "None",
                "LastLoginLocation": "San Francisco, California, United States",
                "RegistrationSource": "https://app.example.com",
                "IsCustomUid": false,
                "UnverifiedEmail": null,
                "IsSecurePassword": null,
                "PrivacyPolicy": null,
                "ExternalIds": null,
                "IsRequiredFieldsFilledOnce": true,
                "ConsentProfile": null,
                "PIN": null,
                "RegistrationData": null,
                "IsPasswordBreached": false,
                "PasskeyLogin": null,
                "Organizations": null,
                "ID": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                "Provider": "Email",
                "Prefix": null,
                "FirstName": "Jane",
                "MiddleName": null,
                "LastName": "Doe",
                "Suffix": null,
                "FullName": "Jane Doe",
                "NickName": null,
                "ProfileName": null,
                "BirthDate": "05-15-1990",
                "Gender": null,
                "Website": null,
                "Email": [
                  {
                    "Type": "Primary",
                    "Value": "jane.doe@example.com"
                  }
                ],
                "Country": null,
                "ThumbnailImageUrl": null,
                "ImageUrl": null,
                "Favicon": null,
                "ProfileUrl": null,
                "HomeTown": null,
                "State": null,
                "City": null,
                "Industry": null,
                "About": null,
                "TimeZone": null,
                "LocalLanguage": null,
                "CoverPhoto": null,
                "TagLine": null,
                "Language": null,
                "Verified": null,
                "UpdatedTime": null,
                "Positions": null,
                "Educations": null,
                "PhoneNumbers": null,
                "IMAccounts": null,
                "Addresses": null,
                "MainAddress": null,
                "Created": "5/20/2023 12:33:35 AM +00:00",
                "CreatedDate": "2023-05-20T00:33:35.6840000Z",
                "ModifiedDate": "2024-03-20T15:30:02.4339184Z",
                "ProfileModifiedDate": "2024-03-19T12:00:00.1230000Z",
                "LocalCity": null,
                "ProfileCity": null,
                "LocalCountry": null,
                "ProfileCountry": null,
                "FirstLogin": false,
                "IsProtected": false,
                "RelationshipStatus": null,
                "Quota": null,
                "Quote": null,
                "InterestedIn": null,
                "Interests": null,
                "Religion": null,
                "Political": null,
                "Sports": null,
                "InspirationalPeople": null,
                "HttpsImageUrl": null,
                "FollowersCount": 0,
                "FriendsCount": 0,
                "IsGeoEnabled": null,
                "TotalStatusesCount": 0,
                "Associations": null,
                "NumRecommenders": 0,
                "Honors": null,
                "Awards": null,
                "Skills": null,
                "CurrentStatus": null,
                "Certifications": null,
                "Courses": null,
                "Volunteer": null,
                "RecommendationsReceived": null,
                "Languages": null,
                "Projects": null,
                "Games": null,
                "Family": null,
                "TelevisionShow": null,
                "MutualFriends": null,
                "Movies": null,
                "Books": null,
                "AgeRange": null,
                "PublicRepository": null,
                "Hireable": false,
                "RepositoryUrl": null,
                "Age": null,
                "Patents": null,
                "FavoriteThings": null,
                "ProfessionalHeadline": null,
                "ProviderAccessCredential": null,
                "RelatedProfileViews": null,
                "KloutScore": null,
                "LRUserID": null,
                "PlacesLived": null,
                "Publications": null,
                "JobBookmarks": null,
                "Suggestions": null,
                "Badges": null,
                "MemberUrlResources": null,
                "TotalPrivateRepository": 0,
                "Currency": null,
                "StarredUrl": null,
                "GistsUrl": null,
                "PublicGists": 0,
                "PrivateGists": 0,
                "Subscription": null,
                "Company": null,
                "GravatarImageUrl": null,
                "ProfileImageUrls": null,
                "WebProfiles": null,
                "PinsCount": 0,
                "BoardsCount": 0,
                "LikesCount": 0,
                "SignupDate": "2023-05-20T00:33:35.6840000Z",
                "LastLoginDate": "2024-03-20T15:30:02.4339184Z",
                "PreviousUids": null,
                "SessionLimit": null
              },
              "access_token": "c2a8****-****-****-****-********7d1e",
              "refresh_token": "91f0****-****-****-****-********a3b2",
              "expires_in": "2024-04-19T15:30:02.4339184Z"
            }
          }
        ]
      },
      {
        "status": "400",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error908",
            "value": {
              "ErrorCode": 908,
              "Message": "A parameter is not formatted correctly",
              "Description": "The apikey is a required parameter."
            }
          },
          {
            "name": "error920",
            "value": {
              "ErrorCode": 920,
              "Message": "API key is invalid",
              "Description": "The provided API key is invalid, please use a valid API key of your LoginRadius account.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error922",
            "value": {
              "ErrorCode": 922,
              "Message": "API key is missing",
              "Description": "The API key is missing, please pass the apikey query parameter with the request.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error965",
            "value": {
              "ErrorCode": 965,
              "Message": "The post body is invalid",
              "Description": "The request body is invalid, please send a JSON body with the otp field.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1090",
            "value": {
              "ErrorCode": 1090,
              "Message": "Invalid request body or payload",
              "Description": "The request body or payload is invalid, please check it and try again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1134",
            "value": {
              "ErrorCode": 1134,
              "Message": "Validation error",
              "Description": "One or more fields failed validation, see Errors for details.",
              "IsProviderError": false,
              "ProviderErrorResponse": null,
              "Errors": [
                {
                  "FieldName": "otp",
                  "ErrorMessage": "The otp field is required."
                }
              ]
            }
          }
        ]
      },
      {
        "status": "403",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error1067",
            "value": {
              "ErrorCode": 1067,
              "Message": "Invalid OTP Code",
              "Description": "The OTP code is invalid, please request for a new OTP.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1068",
            "value": {
              "ErrorCode": 1068,
              "Message": "The OTP has already been used",
              "Description": "The OTP has already been used, please request for a new OTP.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1069",
            "value": {
              "ErrorCode": 1069,
              "Message": "Verification OTP has expired",
              "Description": "The OTP has expired, please request for a new OTP.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1070",
            "value": {
              "ErrorCode": 1070,
              "Message": "The OTP cannot be accessed",
              "Description": "The OTP cannot be accessed, please request for a new OTP.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1103",
            "value": {
              "ErrorCode": 1103,
              "Message": "Two factor authentication token is invalid",
              "Description": "The second factor authentication token is invalid, please login again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1104",
            "value": {
              "ErrorCode": 1104,
              "Message": "Two factor authentication token has expired",
              "Description": "The second factor authentication token has expired, please login again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1132",
            "value": {
              "ErrorCode": 1132,
              "Message": "Your account has been locked",
              "Description": "Your account has been locked, please send a valid reCAPTCHA response with the request.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1148",
            "value": {
              "ErrorCode": 1148,
              "Message": "Your account has been locked",
              "Description": "Your account has been locked, please answer the security question to unlock it.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1198",
            "value": {
              "Description": "Your account has been locked, please try again after sometime.",
              "ErrorCode": 1198,
              "Message": "Your account has been locked",
              "IsProviderError": false,
              "ProviderErrorResponse": null,
              "Data": {
                "LoginLockedTimeout": "2018-10-11T21:40:44.875Z"
              }
            }
          },
          {
            "name": "error1218",
            "value": {
              "ErrorCode": 1218,
              "Message": "CAPTCHA is invalid",
              "Description": "The CAPTCHA response is invalid, please solve the CAPTCHA again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error982",
            "value": {
              "ErrorCode": 982,
              "Message": "CAPTCHA is invalid",
              "Description": "The CAPTCHA response is invalid, please solve the CAPTCHA again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1281",
            "value": {
              "ErrorCode": 1281,
              "Message": "Voice OTP has not been configured",
              "Description": "Voice OTP has not been configured for this tenant, please configure it in the Admin Console or use SMS.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error901",
            "value": {
              "ErrorCode": 901,
              "Message": "The API key is unauthorized",
              "Description": "The API key is not authorized to access this API, please check the permissions of your LoginRadius account.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error991",
            "value": {
              "ErrorCode": 991,
              "Message": "Your account is blocked",
              "Description": "Your account has been blocked, please contact the site administrator.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error6003",
            "value": {
              "ErrorCode": 6003,
              "Message": "Trial plan expired",
              "Description": "The trial plan has expired. To continue using the service, please contact support."
            }
          }
        ]
      },
      {
        "status": "404",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error8169",
            "value": {
              "ErrorCode": 8169,
              "Message": "Invitation not found",
              "Description": "Invitation not found, Please provide valid invitation id."
            }
          }
        ]
      },
      {
        "status": "429",
        "contentType": "application/json",
        "examples": [
          {
            "name": "rateLimited",
            "value": {
              "Description": "Too many request in particular time frame",
              "ErrorCode": 429,
              "Message": "Too many request in particular time frame",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          }
        ]
      },
      {
        "status": "500",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error7909",
            "value": {
              "Message": "Operation failed due to an internal error.",
              "Description": "An unknown internal error occurred, please try again in a few minutes or contact your system administrator.",
              "ErrorCode": 7909
            }
          }
        ]
      }
    ]
  },
  {
    "id": "resendSmsOtp",
    "method": "GET",
    "path": "/identity/v2/auth/login/2fa/sms/resend",
    "legacyPaths": [
      "/identity/v2/auth/login/2fa/resend"
    ],
    "pattern": "^/identity/v2/auth/login/2fa/sms/resend$",
    "pathParams": [],
    "inputs": [
      {
        "wire": "secondfactorauthenticationtoken",
        "in": "query",
        "required": true,
        "type": "string",
        "check": "check0"
      },
      {
        "wire": "smstemplate2fa",
        "in": "query",
        "required": false,
        "type": "string",
        "check": "check1"
      },
      {
        "wire": "isvoiceotp",
        "in": "query",
        "required": false,
        "type": "boolean",
        "check": "check3"
      }
    ],
    "responses": [
      {
        "status": "200",
        "contentType": "application/json",
        "examples": [
          {
            "name": "vendorExample",
            "value": {
              "AccountSid": "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
              "Sid": "SMXXXXXXXXXXXXXXXX"
            }
          },
          {
            "name": "legacyDocsExample",
            "value": {
              "AccountSid": null,
              "Sid": "8071aba1-2aa4-4878-9997-381129f561b1"
            }
          }
        ]
      },
      {
        "status": "400",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error908",
            "value": {
              "ErrorCode": 908,
              "Message": "A parameter is not formatted correctly",
              "Description": "The apikey is a required parameter."
            }
          },
          {
            "name": "error920",
            "value": {
              "ErrorCode": 920,
              "Message": "API key is invalid",
              "Description": "The provided API key is invalid, please use a valid API key of your LoginRadius account.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error922",
            "value": {
              "ErrorCode": 922,
              "Message": "API key is missing",
              "Description": "The API key is missing, please pass the apikey query parameter with the request.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error965",
            "value": {
              "ErrorCode": 965,
              "Message": "The post body is invalid",
              "Description": "The request body is invalid, please send a JSON body with the otp field.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1090",
            "value": {
              "ErrorCode": 1090,
              "Message": "Invalid request body or payload",
              "Description": "The request body or payload is invalid, please check it and try again.",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          },
          {
            "name": "error1134",
            "value": {
              "ErrorCode": 1134,
              "Message": "Validation error",
              "Description": "One or more fields failed validation, see Errors for details.",
              "IsProviderError": false,
              "ProviderErrorResponse": null,
              "Errors": [
                {
                  "FieldName": "otp",
                  "ErrorMessage": "The otp field is required."
                }
              ]
            }
          }
        ]
      },
      {
        "status": "403",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error901",
            "value": {
              "ErrorCode": 901,
              "Message": "The API key is unauthorized",
              "Description": "The provided LoginRadius API key is invalid or is not authorized, please use a valid or authorized LoginRadius API key or check the API key for your LoginRadius account."
            }
          }
        ]
      },
      {
        "status": "429",
        "contentType": "application/json",
        "examples": [
          {
            "name": "rateLimited",
            "value": {
              "Description": "Too many request in particular time frame",
              "ErrorCode": 429,
              "Message": "Too many request in particular time frame",
              "IsProviderError": false,
              "ProviderErrorResponse": null
            }
          }
        ]
      },
      {
        "status": "500",
        "contentType": "application/json",
        "examples": [
          {
            "name": "error7909",
            "value": {
              "Message": "Operation failed due to an internal error.",
              "Description": "An unknown internal error occurred, please try again in a few minutes or contact your system administrator.",
              "ErrorCode": 7909
            }
          }
        ]
      }
    ]
  }
];
