// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

export interface paths {
    "/identity/v2/auth/login/2fa/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Verify SMS OTP
         * @description Allows Users to log in with Multi-Factor Authentication using the OTP sent via SMS or Voice OTP.
         */
        put: operations["verifySmsOtp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/v2/auth/login/2fa/sms/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resend SMS OTP
         * @description Resends the Multi-Factor Authentication OTP via SMS for login. Call it with the `SecondFactorAuthenticationToken` of a pending login when the user did not receive the OTP or it expired; then complete the login with Verify SMS OTP. The vendor's reference names this page "Resend SMS OTP with MFA Token"; its older docs and every vendor SDK (`mfaResendOTP`) call the same operation at `GET /identity/v2/auth/login/2fa/resend` with the same query parameters (`smstemplate2fa` is on that older page and in the SDKs, not on the current one). The vendor does not document whether a resend invalidates the OTP sent before.
         */
        get: operations["resendSmsOtp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Body of the second MFA login step: the OTP, and the answer to a lockout challenge when the account is locked. */
        VerifySmsOtpRequestBody: {
            /**
             * @description The one-time passcode sent to the user by SMS or voice call; its length and alphabet are the tenant's "OTP Length" and "OTP Type" settings.
             * @example 123456
             */
            otp: string;
            /** @description Answers to the account's security questions, keyed by security-question id; needed only when the account is locked with the security-question lockout (error 1148). */
            securityanswer?: {
                [key: string]: string;
            };
            /** @description The Google reCAPTCHA response token; needed only when the account is locked with the reCAPTCHA lockout (error 1132). */
            "g-recaptcha-response"?: string;
            /** @description The hCaptcha response token; needed only when the tenant uses hCaptcha for the captcha lockout. */
            "h-captcha-response"?: string;
            /** @description The Tencent QQ captcha ticket; needed only when the tenant uses QQ captcha for the captcha lockout. */
            qq_captcha_ticket?: string;
            /** @description The Tencent QQ captcha random string that accompanies `qq_captcha_ticket`; needed only with the QQ captcha lockout. */
            qq_captcha_randstr?: string;
        };
        /** @description The age bracket the identity provider places the user in. */
        AgeRange: {
            /** @description The lower bound of the bracket, in years; an integer in the vendor's SDK models, but its login samples send a string of digits (`"15"`). */
            Min?: number | string | null;
            /** @description The upper bound of the bracket, in years; an integer in the vendor's SDK models, but its login samples send a string of digits (`"20"`). */
            Max?: number | string | null;
        };
        /** @description A country, by code and name. */
        Country: {
            /** @description The country code, e.g. `US`. */
            Code?: string | null;
            /** @description The country's name. */
            Name?: string | null;
        };
        /** @description The user's paid plan at the identity provider (e.g. a GitHub plan). */
        Subscription: {
            /** @description The name of the plan. */
            Name?: string | null;
            /** @description The storage the plan includes, as the provider states it. */
            Space?: string | null;
            /** @description How many private repositories the plan allows, as a string. */
            PrivateRepos?: string | null;
            /** @description How many collaborators the plan allows, as a string. */
            Collaborators?: string | null;
        };
        /** @description The user's Klout social-influence score (a retired service; kept for old profiles). */
        KloutScore: {
            /** @description The user's Klout id. */
            KloutId?: string | null;
            /** @description The Klout score, from 1 to 100 and possibly with decimals; usually a number, but the vendor's login samples send it as a decimal string (`"52.0"`). */
            Score?: number | string | null;
        };
        /** @description A reference to something at the identity provider by id and display name (a sport, skill, person, company, author, ...); the property holding it says what it refers to. */
        NamedReference: {
            /** @description The provider's id of the referenced item. */
            Id?: string | null;
            /** @description The display name of the referenced item. */
            Name?: string | null;
        };
        /** @description What the identity provider suggests the user follow or befriend. */
        Suggestions: {
            /** @description Companies suggested for the user to follow. */
            CompaniesToFollow?: components["schemas"]["NamedReference"][] | null;
            /** @description Industries suggested for the user to follow. */
            IndustriesToFollow?: components["schemas"]["NamedReference"][] | null;
            /** @description News sources suggested for the user to follow. */
            NewssourceToFollow?: components["schemas"]["NamedReference"][] | null;
            /** @description People suggested for the user to follow. */
            PeopleToFollow?: components["schemas"]["NamedReference"][] | null;
            /** @description Ids of people suggested as friends. */
            SuggestedFriends?: string[] | null;
        };
        /** @description The identity provider's own token for this user, for calling the provider's API directly. */
        ProviderAccessCredential: {
            /** @description The provider's access token. A secret; never log it. */
            AccessToken?: string | null;
            /** @description The provider's token secret (OAuth 1 providers). A secret; never log it. */
            TokenSecret?: string | null;
        };
        /** @description One email address of the user, with its kind. */
        Email: {
            /** @description The kind of address, e.g. `Primary`, `Secondary` or `Home`. */
            Type?: string | null;
            /** @description The email address itself. */
            Value?: string | null;
        };
        /** @description One phone number from the user's profile (not the phone login id, which is `PhoneId`). */
        PhoneNumber: {
            /** @description The kind of phone, e.g. `Mobile`, `Home` or `Work`. */
            PhoneType?: string | null;
            /** @description The phone number as the provider or user entered it. */
            PhoneNumber?: string | null;
            /** @description The profile-update operation this entry was last written with (`add`, `remove`, ...); meaningful on update calls, echoed back as stored. */
            Operation?: string | null;
            /**
             * @deprecated
             * @description Vendor's lower-case variant of `Operation`, sent in linked identities; the API really returns it, so it is kept for compatibility. Read `Operation` where present.
             */
            op?: string | null;
        };
        /** @description One postal address of the user. */
        Address: {
            /** @description The kind of address, e.g. `Home` or `Work`. */
            Type?: string | null;
            /** @description A secondary classification of the address, e.g. `Primary`, sent by some identity providers. */
            AddressType?: string | null;
            /** @description The first street line of the address. */
            Address1?: string | null;
            /** @description The second street line of the address (apartment, suite, ...). */
            Address2?: string | null;
            /** @description The city of the address. */
            City?: string | null;
            /** @description The state, province or county of the address. */
            State?: string | null;
            /** @description The postal or ZIP code, as a string so leading zeros survive. */
            PostalCode?: string | null;
            /** @description A wider region the address lies in, e.g. `New England`. */
            Region?: string | null;
            /** @description The country of the address, as a name or code. */
            Country?: string | null;
            /** @description The profile-update operation this entry was last written with (`add`, `remove`, ...). */
            Operation?: string | null;
            /**
             * @deprecated
             * @description Vendor's capitalised variant of `Operation`, sent in linked identities; kept because the API really returns it. Read `Operation` where present.
             */
            Op?: string | null;
        };
        /** @description An instant-messaging account of the user. */
        IMAccount: {
            /** @description The messaging service, e.g. `Skype`. */
            AccountType?: string | null;
            /** @description The user's handle on that service. */
            AccountName?: string | null;
        };
        /** @description The employer of a position held by the user. */
        PositionCompany: {
            /** @description The company's name. */
            Name?: string | null;
            /** @description The kind of company, e.g. `Public Company`. */
            Type?: string | null;
            /** @description The industry the company works in. */
            Industry?: string | null;
        };
        /** @description A job position the user holds or held (work history from the identity provider). */
        Position: {
            /** @description The job title. */
            Position?: string | null;
            /** @description A short description of the role. */
            Summary?: string | null;
            /** @description When the position started, a date string as the provider sent it (not always RFC 3339). */
            StartDate?: string | null;
            /** @description When the position ended, a date string as the provider sent it; unset for a current position. */
            EndDate?: string | null;
            /** @description Whether the user still holds the position; sent as a boolean or as the strings `"true"`/`"false"` depending on the source. */
            IsCurrent?: string | boolean | null;
            /** @description Where the position is located. */
            Location?: string | null;
            /** @description The employer. */
            Company?: components["schemas"]["PositionCompany"] | null;
            /**
             * @deprecated
             * @description Vendor's misspelt duplicate of `Company`, sent in linked identities; kept because the API really returns it. Read `Company` instead.
             */
            Comapny?: components["schemas"]["PositionCompany"] | null;
        };
        /** @description A school or university the user attended. */
        Education: {
            /** @description The name of the school. */
            School?: string | null;
            /** @description The year of graduation, as a string. */
            Year?: string | null;
            /** @description The kind of education, e.g. `Bachelor's` or `High School`. */
            Type?: string | null;
            /** @description Free-form notes about the education. */
            Notes?: string | null;
            /** @description Activities and societies the user took part in. */
            Activities?: string | null;
            /** @description The degree obtained. */
            Degree?: string | null;
            /** @description The main subject studied. */
            FieldOfStudy?: string | null;
            /** @description When the studies started, a date string as the provider sent it. */
            StartDate?: string | null;
            /** @description When the studies ended, a date string as the provider sent it. */
            EndDate?: string | null;
        };
        /** @description Something the user is interested in. The root profile names the fields `InterestedType`/`InterestedName`; linked identities may send `InterestType`/`InterestName` instead. */
        Interest: {
            /** @description The category of the interest, e.g. `Professional`. */
            InterestedType?: string | null;
            /** @description What the user is interested in. */
            InterestedName?: string | null;
            /** @description The category of the interest, as named in linked identities. */
            InterestType?: string | null;
            /** @description What the user is interested in, as named in linked identities. */
            InterestName?: string | null;
        };
        /** @description An award or honour the user received. */
        Award: {
            /** @description The provider's id of the award entry. */
            Id?: string | null;
            /** @description The name of the award. */
            Name?: string | null;
            /** @description Who granted the award. */
            Issuer?: string | null;
        };
        /** @description A status update (post) the user published at the identity provider. */
        StatusUpdate: {
            /** @description The provider's id of the status update. */
            Id?: string | null;
            /** @description The text of the status update. */
            Text?: string | null;
            /** @description Where the update was published, e.g. `LinkedIn` or the posting app. */
            Source?: string | null;
            /** @description When the update was published, a date string as the provider sent it. */
            CreatedDate?: string | null;
        };
        /** @description A professional certification the user holds. */
        Certification: {
            /** @description The provider's id of the certification entry. */
            Id?: string | null;
            /** @description The name of the certification. */
            Name?: string | null;
            /** @description The organisation that issued the certification. */
            Authority?: string | null;
            /** @description The certificate or licence number. */
            Number?: string | null;
            /** @description When the certification became valid, a date string as the provider sent it. */
            StartDate?: string | null;
            /** @description When the certification expires, a date string as the provider sent it. */
            EndDate?: string | null;
        };
        /** @description A course the user took. */
        Course: {
            /** @description The provider's id of the course entry. */
            Id?: string | null;
            /** @description The title of the course. */
            Name?: string | null;
            /** @description The course number or code. */
            Number?: string | null;
        };
        /** @description Volunteer work the user did. */
        VolunteerExperience: {
            /** @description The provider's id of the volunteer entry. */
            Id?: string | null;
            /** @description The user's role in the volunteer work. */
            Role?: string | null;
            /** @description The organisation the user volunteered for. */
            Organization?: string | null;
            /** @description The cause the work supported, e.g. `Education`. */
            Cause?: string | null;
        };
        /** @description A recommendation the user received from someone else. */
        Recommendation: {
            /** @description The provider's id of the recommendation. */
            Id?: string | null;
            /** @description The kind of recommendation, e.g. `Professional`. */
            RecommendationType?: string | null;
            /** @description The text of the recommendation. */
            RecommendationText?: string | null;
            /** @description The name of the person who wrote the recommendation. */
            Recommender?: string | null;
        };
        /** @description A language the user speaks. */
        Language: {
            /** @description The provider's id of the language entry. */
            Id?: string | null;
            /** @description The name of the language. */
            Name?: string | null;
            /** @description How well the user speaks it, e.g. `Native`. */
            Proficiency?: string | null;
            /**
             * @deprecated
             * @description Vendor's stray profile-update operation marker (`add`, ...), sent in linked identities; kept because the API really returns it. It carries no information for a reader.
             */
            op?: string | null;
        };
        /** @description A project the user worked on. */
        Project: {
            /** @description The provider's id of the project entry. */
            Id?: string | null;
            /** @description The name of the project. */
            Name?: string | null;
            /** @description A short description of the project. */
            Summary?: string | null;
            /** @description When the project started, a date string as the provider sent it. */
            StartDate?: string | null;
            /** @description When the project ended, a date string as the provider sent it. */
            EndDate?: string | null;
            /** @description Whether the project is ongoing; the vendor sends the strings `"true"`/`"false"` (sometimes a boolean). */
            IsCurrent?: string | boolean | null;
            /** @description The people the user worked with on the project. */
            With?: components["schemas"]["NamedReference"][] | null;
        };
        /** @description Something the user likes at the identity provider (a game, TV show, book or movie), with its category. */
        CategorizedItem: {
            /** @description The provider's id of the item. */
            Id?: string | null;
            /** @description The category or genre of the item, e.g. `Strategy` or `Science Fiction`. */
            Category?: string | null;
            /** @description The title of the item. */
            Name?: string | null;
            /** @description When the user added the item, a date string as the provider sent it (not always RFC 3339). */
            CreatedDate?: string | null;
        };
        /** @description A family member of the user. */
        FamilyMember: {
            /** @description The provider's id of the family member. */
            Id?: string | null;
            /** @description How the person is related to the user, e.g. `Spouse`. */
            Relationship?: string | null;
            /** @description The family member's name. */
            Name?: string | null;
        };
        /** @description A friend the user has in common with the viewer at the identity provider. */
        Friend: {
            /** @description The provider's id of the friend. */
            Id?: string | null;
            /** @description The friend's full name. */
            Name?: string | null;
            /** @description The friend's first name. */
            FirstName?: string | null;
            /** @description The friend's last name. */
            LastName?: string | null;
            /** @description The friend's birthday, a date string as the provider sent it. */
            Birthday?: string | null;
            /** @description The friend's home town. */
            Hometown?: string | null;
            /** @description The URL of the friend's profile page. */
            Link?: string | null;
            /** @description The friend's gender as the provider reports it. */
            Gender?: string | null;
        };
        /** @description A movie the user likes at the identity provider. */
        Movie: components["schemas"]["CategorizedItem"] & {
            /**
             * @deprecated
             * @description Vendor's duplicate of `Name` (the movie's title), sent in linked identities; kept because the API really returns it. Read `Name` where present.
             */
            MovieName?: string | null;
            /**
             * @deprecated
             * @description Vendor's duplicate of `Category` (the movie's genre), sent in linked identities; kept because the API really returns it. Read `Category` where present.
             */
            Genre?: string | null;
        };
        /** @description A patent the user holds. */
        Patent: {
            /** @description The provider's id of the patent entry. */
            Id?: string | null;
            /** @description The title of the patent. */
            Title?: string | null;
            /** @description When the patent was filed or granted, a date string as the provider sent it (not always RFC 3339). */
            Date?: string | null;
        };
        /** @description A favourite thing the user lists on the identity provider. */
        FavoriteThing: {
            /** @description The provider's id of the entry. */
            Id?: string | null;
            /** @description What the favourite thing is. */
            Name?: string | null;
            /** @description The kind of favourite, e.g. `Hobby`. */
            Type?: string | null;
        };
        /** @description A profile that viewers of the user's profile also viewed. */
        RelatedProfileView: {
            /** @description The provider's id of the related profile. */
            Id?: string | null;
            /** @description The first name on the related profile. */
            FirstName?: string | null;
            /** @description The last name on the related profile. */
            LastName?: string | null;
        };
        /** @description A place the user lives or has lived in. */
        PlaceLived: {
            /** @description The name of the place. */
            Name?: string | null;
            /** @description The profile-update operation this entry was last written with (`add`, `remove`, ...). */
            Operation?: string | null;
            /** @description Whether this is the user's current, primary place; usually a boolean, but the vendor's login samples send the strings `"True"`/`"False"`. */
            IsPrimary?: boolean | string | null;
        };
        /** @description A publication the user authored or co-authored. */
        Publication: {
            /** @description The provider's id of the publication entry. */
            Id?: string | null;
            /** @description The title of the publication. */
            Title?: string | null;
            /** @description Who published it. */
            Publisher?: string | null;
            /** @description When it was published, a date string as the provider sent it. */
            Date?: string | null;
            /** @description Where the publication can be read. */
            Url?: string | null;
            /** @description A short summary of the publication. */
            Summary?: string | null;
            /** @description The authors of the publication. */
            Authors?: components["schemas"]["NamedReference"][] | null;
        };
        /** @description The position offered by a job posting. */
        JobPosition: {
            /** @description The job title of the posting. */
            Title?: string | null;
        };
        /** @description A job posting the user bookmarked. */
        Job: {
            /** @description The provider's id of the job posting. */
            Id?: string | null;
            /** @description Whether the posting is still open; usually a boolean, but the vendor's login samples send the strings `"true"`/`"false"`. */
            Active?: boolean | string | null;
            /** @description The first words of the job description. */
            DescriptionSnippet?: string | null;
            /** @description When the job was posted, a date string as the provider sent it. */
            PostingTimestamp?: string | null;
            /**
             * @deprecated
             * @description Vendor's misspelt key for the hiring company, sent in linked identities; kept because the API really returns it under this name.
             */
            Compony?: components["schemas"]["NamedReference"] | null;
            /** @description The position offered. */
            Position?: components["schemas"]["JobPosition"] | null;
        };
        /** @description A job posting the user saved or applied to (LinkedIn job bookmarks). */
        JobBookmark: {
            /** @description Whether the user applied to the job; usually a boolean, but the vendor's login samples send the strings `"true"`/`"false"`. */
            IsApplied?: boolean | string | null;
            /** @description Whether the user saved the job; usually a boolean, but the vendor's login samples send the strings `"true"`/`"false"`. */
            IsSaved?: boolean | string | null;
            /** @description When the user applied, a date string as the provider sent it. */
            ApplyTimestamp?: string | null;
            /** @description When the user saved the job, a date string as the provider sent it. */
            SavedTimestamp?: string | null;
            /** @description The bookmarked job posting. */
            Job?: components["schemas"]["Job"] | null;
        };
        /** @description A badge the user earned at the identity provider. */
        Badge: {
            /** @description The provider's id of the badge. */
            BadgeId?: string | null;
            /**
             * @deprecated
             * @description Vendor's misspelt duplicate of `BadgeId`, sent in linked identities; kept because the API really returns it. Read `BadgeId` instead.
             */
            BageId?: string | null;
            /** @description The name of the badge. */
            Name?: string | null;
            /** @description The message shown with the badge, e.g. why it was awarded. */
            BadgeMessage?: string | null;
            /**
             * @deprecated
             * @description Vendor's misspelt duplicate of `BadgeMessage`, sent in linked identities; kept because the API really returns it. Read `BadgeMessage` instead.
             */
            BageMessage?: string | null;
            /** @description A longer description of the badge. */
            Description?: string | null;
            /** @description The URL of the badge's image. */
            ImageUrl?: string | null;
        };
        /** @description A link the user lists on their profile (portfolio, blog, ...). */
        MemberUrlResource: {
            /** @description The link target. */
            Url?: string | null;
            /** @description The label the user gave the link. */
            UrlName?: string | null;
        };
        /** @description The fields a LoginRadius user profile shares with each of the social identities linked to it: personal details, provider statistics and the social sub-objects. Every field may be absent (see the `fields` parameter) or `null` when unset, and the vendor adds fields over time, so unknown properties are allowed. */
        ProfileBase: {
            /** @description The user's id at the identity provider that supplied this profile (for the root profile, the LoginRadius account id). */
            ID?: string | null;
            /** @description The identity provider that supplied this profile, e.g. `facebook`, `google` or `Email` for a LoginRadius account. */
            Provider?: string | null;
            /** @description Whether this login was the user's first one with this provider. */
            FirstLogin?: boolean | null;
            /** @description Whether the profile is protected (private) at the provider, e.g. a protected Twitter account; usually a boolean, but most of the vendor's login samples send the strings `"true"`/`"false"`. */
            IsProtected?: boolean | string | null;
            /** @description Whether the user marked themselves available for hire at the provider (e.g. GitHub). */
            Hireable?: boolean | null;
            /** @description How many followers the user has at the provider. */
            FollowersCount?: number | null;
            /** @description How many friends or connections the user has at the provider. */
            FriendsCount?: number | null;
            /** @description How many status updates (posts, tweets) the user has published at the provider. */
            TotalStatusesCount?: number | null;
            /** @description How many people recommended the user (LinkedIn). */
            NumRecommenders?: number | null;
            /** @description How many private repositories the user owns (GitHub). */
            TotalPrivateRepository?: number | null;
            /** @description How many public gists the user has (GitHub). */
            PublicGists?: number | null;
            /** @description How many private gists the user has (GitHub). */
            PrivateGists?: number | null;
            /** @description How many pins the user has (Pinterest). */
            PinsCount?: number | null;
            /** @description How many boards the user has (Pinterest). */
            BoardsCount?: number | null;
            /** @description How many likes the user has given or received at the provider. */
            LikesCount?: number | null;
            /** @description The maximum number of concurrent sessions allowed for the user. */
            SessionLimit?: number | null;
            /** @description The user's full name. */
            FullName?: string | null;
            /** @description The user's first (given) name. */
            FirstName?: string | null;
            /** @description The user's middle name. */
            MiddleName?: string | null;
            /** @description The user's last (family) name. */
            LastName?: string | null;
            /** @description The honorific before the user's name, e.g. `Mr.` or `Dr.`. */
            Prefix?: string | null;
            /** @description The suffix after the user's name, e.g. `Jr.`. */
            Suffix?: string | null;
            /** @description The user's nickname. */
            NickName?: string | null;
            /** @description The user's profile (screen) name at the provider. */
            ProfileName?: string | null;
            /** @description The phone number the user logs in with (phone login id), usually in E.164 format. */
            PhoneId?: string | null;
            /** @description The user's date of birth as a plain string in the provider's format (`MM-dd-yyyy`, `yyyy-MM-dd` and others); not RFC 3339. */
            BirthDate?: string | null;
            /** @description The user's gender as the provider reports it, e.g. `M`, `F`, `male` or `female`. */
            Gender?: string | null;
            /** @description The user's age in years, sent as a string. */
            Age?: string | null;
            /** @description The age bracket the provider places the user in. */
            AgeRange?: components["schemas"]["AgeRange"] | null;
            /** @description The user's personal website. */
            Website?: string | null;
            /** @description The URL of a small version of the user's profile picture. */
            ThumbnailImageUrl?: string | null;
            /** @description The URL of the user's profile picture. */
            ImageUrl?: string | null;
            /** @description The HTTPS URL of the user's profile picture. */
            HttpsImageUrl?: string | null;
            /** @description The URL of the user's Gravatar picture. */
            GravatarImageUrl?: string | null;
            /** @description The URL of the user's cover (banner) photo. */
            CoverPhoto?: string | null;
            /** @description Profile-picture URLs by size name (e.g. `small`, `medium`, `large`). */
            ProfileImageUrls?: {
                [key: string]: string | null;
            } | null;
            /** @description The URL of the provider's favicon, for showing which network the profile comes from. */
            Favicon?: string | null;
            /** @description The URL of the user's profile page at the provider. */
            ProfileUrl?: string | null;
            /** @description The user's profile URLs on other networks, by network name (e.g. `linkedin`, `github`). */
            WebProfiles?: {
                [key: string]: string | null;
            } | null;
            /** @description The user's home town. */
            HomeTown?: string | null;
            /** @description The city the user lives in. */
            City?: string | null;
            /** @description The state or province the user lives in. */
            State?: string | null;
            /** @description The country the user lives in. */
            Country?: components["schemas"]["Country"] | null;
            /** @description The city of the user's current location. */
            LocalCity?: string | null;
            /** @description The country of the user's current location. */
            LocalCountry?: string | null;
            /** @description The city stated on the user's profile. */
            ProfileCity?: string | null;
            /** @description The country stated on the user's profile. */
            ProfileCountry?: string | null;
            /** @description The user's main postal address as one line. */
            MainAddress?: string | null;
            /** @description The user's time zone, e.g. `America/New_York` or a UTC offset. */
            TimeZone?: string | null;
            /** @description The user's locale, e.g. `en-US`. */
            LocalLanguage?: string | null;
            /** @description The user's preferred language. */
            Language?: string | null;
            /** @description The industry the user works in. */
            Industry?: string | null;
            /** @description The name of the company the user currently works for. */
            Company?: string | null;
            /** @description The user's professional headline, e.g. their current job title (LinkedIn). */
            ProfessionalHeadline?: string | null;
            /** @description The user's self-description. */
            About?: string | null;
            /** @description The user's short tag line. */
            TagLine?: string | null;
            /** @description The user's favourite quotation. */
            Quote?: string | null;
            /** @description Professional associations the user belongs to, as free text. */
            Associations?: string | null;
            /** @description Honours and awards the user lists, as free text. */
            Honors?: string | null;
            /** @description The user's relationship status, e.g. `Married`. */
            RelationshipStatus?: string | null;
            /** @description The user's religion, as they state it. */
            Religion?: string | null;
            /** @description The user's political views, as they state them. */
            Political?: string | null;
            /** @description Whether the provider verified the account; usually the string `"true"` or `"false"`, but some of the vendor's login samples send a boolean. */
            Verified?: string | boolean | null;
            /** @description Whether the user enabled geotagging at the provider, sent as the string `"true"` or `"false"`. */
            IsGeoEnabled?: string | null;
            /** @description The user's storage quota at the provider, as a string. */
            Quota?: string | null;
            /** @description How many public repositories the user owns (GitHub); usually a string of digits, but some of the vendor's login samples send an integer. */
            PublicRepository?: string | number | null;
            /** @description The URL of the user's repositories (GitHub). */
            RepositoryUrl?: string | null;
            /** @description The URL of the repositories the user starred (GitHub). */
            StarredUrl?: string | null;
            /** @description The URL of the user's gists (GitHub). */
            GistsUrl?: string | null;
            /** @description The user's paid plan at the provider. */
            Subscription?: components["schemas"]["Subscription"] | null;
            /** @description The user's preferred currency, e.g. `USD`. */
            Currency?: string | null;
            /** @description A LoginRadius-internal user id carried on the profile. */
            LRUserID?: string | null;
            /** @description The user's Klout social-influence score. */
            KloutScore?: components["schemas"]["KloutScore"] | null;
            /** @description What the provider suggests the user follow or befriend. */
            Suggestions?: components["schemas"]["Suggestions"] | null;
            /** @description The provider's own token for this user. Contains secrets; never log it. */
            ProviderAccessCredential?: components["schemas"]["ProviderAccessCredential"] | null;
            /** @description When the profile was last updated at the provider, a date string in the provider's format (not always RFC 3339). */
            UpdatedTime?: string | null;
            /** @description When the profile was created at the provider, a date string in the provider's format (e.g. `5/20/2008 12:33:35 AM +00:00`). */
            Created?: string | null;
            /** @description When the profile was created in LoginRadius, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            CreatedDate?: string | null;
            /** @description When the profile was last modified, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            ModifiedDate?: string | null;
            /** @description When the user's profile data was last modified, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            ProfileModifiedDate?: string | null;
            /** @description When the user last logged in, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            LastLoginDate?: string | null;
            /** @description When the user signed up, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            SignupDate?: string | null;
            /** @description Uids the account had before it was merged or re-keyed; usually an array of strings, but the vendor's login samples send a single Uid as a string. */
            PreviousUids?: string[] | string | null;
            /** @description Topics the user says they are interested in. */
            InterestedIn?: string[] | null;
            /** @description The user's email addresses. */
            Email?: components["schemas"]["Email"][] | null;
            /** @description The phone numbers on the user's profile. */
            PhoneNumbers?: components["schemas"]["PhoneNumber"][] | null;
            /** @description The user's postal addresses. */
            Addresses?: components["schemas"]["Address"][] | null;
            /** @description The user's instant-messaging accounts. */
            IMAccounts?: components["schemas"]["IMAccount"][] | null;
            /** @description The user's work history. */
            Positions?: components["schemas"]["Position"][] | null;
            /** @description The schools and universities the user attended. */
            Educations?: components["schemas"]["Education"][] | null;
            /** @description The user's interests, by category. */
            Interests?: components["schemas"]["Interest"][] | null;
            /** @description Sports the user plays or follows. */
            Sports?: components["schemas"]["NamedReference"][] | null;
            /** @description People who inspire the user. */
            InspirationalPeople?: components["schemas"]["NamedReference"][] | null;
            /** @description Awards the user received. */
            Awards?: components["schemas"]["Award"][] | null;
            /** @description The user's skills. */
            Skills?: components["schemas"]["NamedReference"][] | null;
            /** @description The user's recent status updates. */
            CurrentStatus?: components["schemas"]["StatusUpdate"][] | null;
            /** @description The user's professional certifications. */
            Certifications?: components["schemas"]["Certification"][] | null;
            /** @description Courses the user took. */
            Courses?: components["schemas"]["Course"][] | null;
            /** @description The user's volunteer work. */
            Volunteer?: components["schemas"]["VolunteerExperience"][] | null;
            /** @description Recommendations the user received. */
            RecommendationsReceived?: components["schemas"]["Recommendation"][] | null;
            /** @description Languages the user speaks. */
            Languages?: components["schemas"]["Language"][] | null;
            /** @description Projects the user worked on. */
            Projects?: components["schemas"]["Project"][] | null;
            /** @description Games the user likes. */
            Games?: components["schemas"]["CategorizedItem"][] | null;
            /** @description The user's family members. */
            Family?: components["schemas"]["FamilyMember"][] | null;
            /** @description TV shows the user likes. */
            TelevisionShow?: components["schemas"]["CategorizedItem"][] | null;
            /** @description Friends the user has in common with the viewer. */
            MutualFriends?: components["schemas"]["Friend"][] | null;
            /** @description Movies the user likes. */
            Movies?: components["schemas"]["Movie"][] | null;
            /** @description Books the user likes. */
            Books?: components["schemas"]["CategorizedItem"][] | null;
            /** @description Patents the user holds. */
            Patents?: components["schemas"]["Patent"][] | null;
            /** @description The user's favourite things. */
            FavoriteThings?: components["schemas"]["FavoriteThing"][] | null;
            /** @description Profiles that viewers of this profile also viewed. */
            RelatedProfileViews?: components["schemas"]["RelatedProfileView"][] | null;
            /** @description Places the user lives or has lived in. */
            PlacesLived?: components["schemas"]["PlaceLived"][] | null;
            /** @description The user's publications. */
            Publications?: components["schemas"]["Publication"][] | null;
            /** @description Job postings the user saved or applied to. */
            JobBookmarks?: components["schemas"]["JobBookmark"][] | null;
            /** @description Badges the user earned. */
            Badges?: components["schemas"]["Badge"][] | null;
            /** @description Links the user lists on their profile. */
            MemberUrlResources?: components["schemas"]["MemberUrlResource"][] | null;
        };
        /** @description An id of the user in an external system, linked to the LoginRadius account. */
        ExternalId: {
            /** @description The profile-update operation this entry was last written with (`add`, `remove`, ...). */
            Operation?: string | null;
            /** @description The external system, e.g. `LinkedIn` or a CRM name. */
            Source?: string | null;
            /** @description The user's id in that system. */
            SourceId?: string | null;
        };
        /** @description Which version of the tenant's privacy policy the user accepted, and when. */
        PrivacyPolicy: {
            /** @description The accepted privacy-policy version. */
            Version?: string | null;
            /** @description Where the user accepted it, e.g. `Web`. */
            AcceptSource?: string | null;
            /** @description When the user accepted it, an ISO-8601 UTC date-time string. */
            AcceptDateTime?: string | null;
        };
        /** @description A version of a consent form the user accepted. */
        ConsentVersion: {
            /** @description Whether the consent form is a custom one rather than a standard one. */
            IsCustom?: boolean | null;
            /** @description The version number of the consent form. */
            Version?: number | null;
            /** @description The event at which the consent was collected, e.g. `Signup` or `Login`. */
            Event?: string | null;
        };
        /** @description One consent option the user accepted. */
        Consent: {
            /** @description The id of the consent option. */
            ConsentOptionId?: string | null;
            /** @description When the user accepted it, an ISO-8601 UTC date-time string. */
            AcceptOnDate?: string | null;
        };
        /** @description The consents the user gave (consent-management feature). */
        ConsentProfile: {
            /** @description The versions of consent forms the user accepted. */
            AcceptedConsentVersions?: components["schemas"]["ConsentVersion"][] | null;
            /** @description The individual consent options the user accepted. */
            Consents?: components["schemas"]["Consent"][] | null;
        };
        /** @description The state of the user's PIN login (PIN authentication feature). */
        PIN: {
            /** @description Whether the user skipped setting a PIN. */
            Skipped?: boolean | null;
            /** @description The user's PIN as stored (masked or hashed by the vendor). A secret; never log it. */
            PIN?: string | null;
            /** @description The token of the user's last PIN change or reset request. */
            LastPINChangeToken?: string | null;
            /** @description When the PIN was last changed, an ISO-8601 UTC date-time string. */
            LastPINChangeDate?: string | null;
            /** @description When the user skipped setting a PIN, an ISO-8601 UTC date-time string. */
            SkippedDate?: string | null;
        };
        /** @description The state of the user's passkey (WebAuthn) enrolment. */
        PasskeyLogin: {
            /** @description Whether the user enrolled a passkey through progressive enrolment (prompted after a login). */
            ProgressiveFlag?: boolean | null;
            /** @description Whether the user enrolled a passkey locally on the device. */
            LocalEnrollmentFlag?: boolean | null;
            /** @description When progressive enrolment happened, an ISO-8601 UTC date-time string. */
            ProgressiveEnrollmentDate?: string | null;
        };
        /** @description A registration-data value (one option of a tenant-configured list) selected for the user. */
        RegistrationDataValue: {
            /** @description The id of the selected value. */
            Id?: string | null;
        };
        /** @description One registration-data value selected for the user (e.g. a dropdown option configured by the tenant). */
        RegistrationDataEntry: {
            /** @description The registration-data source (field) the value belongs to. */
            DataSource?: string | null;
            /** @description The selected value. */
            Value?: components["schemas"]["RegistrationDataValue"] | null;
        };
        /** @description Registration-data values (tenant-configured option lists) attached to the user. */
        RegistrationData: {
            /** @description The selected values, one per registration-data source. */
            Data?: components["schemas"]["RegistrationDataEntry"][] | null;
        };
        /** @description An organisation the user belongs to. */
        Organization: {
            /** @description The id of the organisation. */
            Id?: string | null;
            /** @description The name of the organisation. */
            Name?: string | null;
            /** @description The URL of the organisation's logo. */
            LogoURL?: string | null;
        };
        /** @description A social profile linked to the user's account (one per identity-provider login): the shared profile fields of `ProfileBase` as that provider reports them. */
        Identity: components["schemas"]["ProfileBase"] & {
            /** @description A signing secret of the provider token. The vendor's example sends a number; strings are accepted too because the vendor does not document its type. A secret; never log it. */
            TokenSignSecret?: number | string | null;
        };
        /** @description The LoginRadius user profile returned by a completed login: the fields shared with linked identities (`ProfileBase`) plus the account's own state (ids, verification, lockout, consents) and the linked social `Identities`. */
        Profile: components["schemas"]["ProfileBase"] & {
            /** @description The user's LoginRadius unique id (UID), stable across logins; use it to reference the user in other API calls. */
            Uid?: string | null;
            /** @description The user's LoginRadius username, when the tenant uses username login. */
            UserName?: string | null;
            /** @description The user's password hash as stored (masked in the vendor's examples). A secret; never log it. */
            Password?: string | null;
            /** @description Whether the user verified their email address. */
            EmailVerified?: boolean | null;
            /** @description Email addresses the user added but has not verified yet; usually an array of `Email` entries, but most of the vendor's login samples send one address as a plain string. */
            UnverifiedEmail?: components["schemas"]["Email"][] | string | null;
            /** @description Whether the user verified the phone login id (`PhoneId`). */
            PhoneIdVerified?: boolean | null;
            /** @description Whether the account is active (not deactivated by an admin). */
            IsActive?: boolean | null;
            /** @description Whether the account is marked as deleted. */
            IsDeleted?: boolean | null;
            /** @description Whether the account is currently locked by a failed-login lockout. */
            IsLoginLocked?: boolean | null;
            /** @description Which lockout currently applies to the account, e.g. `None`, `Suspend`, `Captcha` or `SecurityQuestion`. */
            LoginLockedType?: string | null;
            /** @description Whether the user's password was found in a known data breach (password-breach detection). */
            IsPasswordBreached?: boolean | null;
            /** @description Whether the password met the tenant's password-strength policy when it was set. */
            IsSecurePassword?: boolean | null;
            /** @description When the password was last changed, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            LastPasswordChangeDate?: string | null;
            /** @description When the password expires under the tenant's password-expiry policy, an ISO-8601 UTC date-time string with up to 7 fractional digits. */
            PasswordExpirationDate?: string | null;
            /** @description The token of the user's last password-reset request. */
            LastPasswordChangeToken?: string | null;
            /** @description Whether the user has filled in every field the tenant's registration form requires at least once. */
            IsRequiredFieldsFilledOnce?: boolean | null;
            /** @description Whether the Uid was supplied by the tenant instead of generated by LoginRadius. */
            IsCustomUid?: boolean | null;
            /** @description Whether the user subscribed to the tenant's emails. */
            IsEmailSubscribed?: boolean | null;
            /** @description How many times the user has logged in. */
            NoOfLogins?: number | null;
            /** @description The identity provider the user registered with, e.g. `Email`, `google` or `facebook`. */
            RegistrationProvider?: string | null;
            /** @description Where the user registered, e.g. the site or app that called the registration API. */
            RegistrationSource?: string | null;
            /** @description Where the user last logged in from, as a place name. */
            LastLoginLocation?: string | null;
            /** @description The user's login id in an external system that LoginRadius federates with. */
            ExternalUserLoginId?: string | null;
            /** @description The user's ids in external systems linked to this account. */
            ExternalIds?: components["schemas"]["ExternalId"][] | null;
            /** @description The roles assigned to the user (role-based access). */
            Roles?: string[] | null;
            /** @description The tenant's custom profile fields, by field name. */
            CustomFields?: {
                [key: string]: string | null;
            } | null;
            /** @description Which privacy-policy version the user accepted, and when. */
            PrivacyPolicy?: components["schemas"]["PrivacyPolicy"] | null;
            /** @description The consents the user gave. */
            ConsentProfile?: components["schemas"]["ConsentProfile"] | null;
            /** @description The state of the user's PIN login. Contains secrets; never log it. */
            PIN?: components["schemas"]["PIN"] | null;
            /** @description The state of the user's passkey enrolment. */
            PasskeyLogin?: components["schemas"]["PasskeyLogin"] | null;
            /** @description Tenant-configured registration-data values attached to the user. */
            RegistrationData?: components["schemas"]["RegistrationData"] | null;
            /** @description The organisations the user belongs to (B2B identity). */
            Organizations?: components["schemas"]["Organization"][] | null;
            /** @description The social profiles linked to this account, one per provider login; `null` when none is linked. */
            Identities?: components["schemas"]["Identity"][] | null;
        };
        /** @description The completed login: the user's profile and the tokens of the new session. Named after what it holds, not after an operation, so it never collides with the `<operation>Response` names client generators derive. */
        MfaLoginResponse: {
            Profile: components["schemas"]["Profile"];
            /**
             * @description The access token of the new session, a GUID-like string; send it as a Bearer token on user-scoped calls.
             * @example 68***-91**-****-b**b-e**********9
             */
            access_token: string;
            /**
             * @description The refresh token that renews the session's access token, a GUID-like string.
             * @example 68***-91**-****-b**b-e**********9
             */
            refresh_token?: string | null;
            /**
             * @description When the access token expires, as a date-time string (not a number of seconds), usually ISO-8601 UTC with up to 7 fractional digits; placeholder values such as `0001-01-01T00:00:00` carry no zone.
             * @example 2023-10-01T12:00:00Z
             */
            expires_in: string;
        };
        /** @description One validation failure of a request field. */
        FieldError: {
            /**
             * @description The request field that failed validation.
             * @example otp
             */
            FieldName?: string;
            /**
             * @description Why the field was rejected.
             * @example The otp field is required.
             */
            ErrorMessage?: string;
        };
        /** @description The fields every LoginRadius error body has, whatever its status; `ApiError` and `ForbiddenApiError` add the `Data` their statuses send. `ErrorCode` identifies the failure; `Description` is meant for the end user. */
        ApiErrorBase: {
            /**
             * @description The vendor's numeric error code, stable across releases (e.g. 1067 for an invalid OTP).
             * @example 1067
             */
            ErrorCode: number;
            /**
             * @description A short summary of the error.
             * @example Invalid OTP Code
             */
            Message: string;
            /**
             * @description A human-readable explanation of the error and what to do next.
             * @example The OTP code is invalid, please request for a new OTP.
             */
            Description: string;
            /**
             * @description Whether the error came from an upstream provider (social network, SMS gateway) rather than LoginRadius.
             * @example false
             */
            IsProviderError?: boolean | null;
            /**
             * @description The upstream provider's own error text, when `IsProviderError` is true.
             * @example null
             */
            ProviderErrorResponse?: string | null;
            /** @description Per-field validation failures, sent with request-validation errors such as 1134. */
            Errors?: components["schemas"]["FieldError"][] | null;
        };
        /** @description Machine-readable details of an error, sent in `ApiError.Data` (which is `null` for most errors). Its fields depend on the status: a 403 body (`ForbiddenApiError`) declares the ones it sends. */
        ApiErrorData: {
            [key: string]: unknown;
        };
        /** @description The error body LoginRadius sends with a non-2xx status (a 403 of Verify SMS OTP is the `ForbiddenApiError` variant). `ErrorCode` identifies the failure; `Description` is meant for the end user. */
        ApiError: components["schemas"]["ApiErrorBase"] & {
            /** @description Extra machine-readable details of the error, or `null`; which fields it has depends on the status (a 403 is a `ForbiddenApiError`, whose `Data` declares the suspend lockout's unlock time). */
            Data?: components["schemas"]["ApiErrorData"] | null;
        };
        /** @description Machine-readable details of a 403 error, sent in `ForbiddenApiError.Data` (which is `null` for most codes); the suspend lockout (1198) puts the unlock time here. */
        ForbiddenApiErrorData: {
            /**
             * @description When the suspended account unlocks, an ISO-8601 UTC date-time (present with error 1198); retry the login after it.
             * @example 2018-10-11T21:40:44.875Z
             */
            LoginLockedTimeout?: string;
        };
        /** @description The error body of a 403: the fields of every error body (`ApiErrorBase`) and a `Data` that may carry the unlock time of a suspend lockout (1198). Only this status sends `Data.LoginLockedTimeout`, so only its schema declares it. */
        ForbiddenApiError: components["schemas"]["ApiErrorBase"] & {
            /** @description Extra machine-readable details of the error; for the suspend lockout (1198) it holds the unlock time. */
            Data?: components["schemas"]["ForbiddenApiErrorData"] | null;
        };
        /** @description The SMS the vendor sent, as its SMS provider identifies it (the vendor's SDK model `SmsResponseData`). Named after that model, not after an operation, so it never collides with the `<operation>Response` names client generators derive. */
        SmsResponseData: {
            /**
             * @description The id of the account at the SMS provider that sent the message (the vendor's current sample shows a Twilio-style `AC…` id); `null` in the vendor's older sample.
             * @example ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
             */
            AccountSid?: string | null;
            /**
             * @description The id of the sent message at the SMS provider (a Twilio-style `SM…` id in the vendor's current sample, a GUID in its older one).
             * @example SMXXXXXXXXXXXXXXXX
             */
            Sid?: string | null;
        };
    };
    responses: {
        /** @description The OTP was accepted: the login is complete. The body carries the user's profile (projected by `fields` when given) and the access token of the new session. */
        VerifySmsOtpSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MfaLoginResponse"];
            };
        };
        /**
         * @description The request is malformed: the API key, a parameter or the body is missing or not formatted correctly.
         *     Fix the request; retrying it unchanged fails again.
         *
         *     | ErrorCode | Message | Meaning |
         *     |---|---|---|
         *     | 908 | A parameter is not formatted correctly | A required parameter (e.g. `apikey`) is missing or malformed (one vendor table lists it under 403). |
         *     | 920 | API key is invalid | `apikey` is not a valid tenant API key. |
         *     | 922 | API key is missing | `apikey` was not sent. |
         *     | 965 | The post body is invalid | The body is not valid JSON or lacks `otp`. |
         *     | 1090 | Invalid request body or payload | The body could not be read as the expected payload. |
         *     | 1134 | Validation error | Field validation failed; `Errors[]` names each field. |
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description A business error: LoginRadius answers 403 for almost every refusal of this call (OTP, second-factor token,
         *     API key, plan or account state). Branch on `ErrorCode`:
         *
         *     | ErrorCode | Message | What to do |
         *     |---|---|---|
         *     | 901 | The API key is unauthorized | The API key may not call this API; check the tenant's plan and features. |
         *     | 991 | Your account is blocked | An administrator blocked the account; the user must contact support. |
         *     | 1067 | Invalid OTP Code | Wrong OTP: let the user retry or resend the OTP. Repeated failures trigger a lockout. |
         *     | 1068 | The OTP has already been used | Start a new login. |
         *     | 1069 | Verification OTP has expired | Resend the OTP and retry. |
         *     | 1070 | The OTP cannot be accessed | No OTP is pending for this token; resend the OTP. |
         *     | 1103 | Two factor authentication token is invalid | Start the login again (step 1). |
         *     | 1104 | Two factor authentication token has expired | Start the login again (step 1). |
         *     | 1132 | Your account has been locked | reCAPTCHA lockout: retry with `g-recaptcha-response` (or `h-captcha-response`, `qq_captcha_*`). |
         *     | 1148 | Your account has been locked | Security-question lockout: retry with `securityanswer`. |
         *     | 1198 | Your account has been locked | Suspend lockout: retry after `Data.LoginLockedTimeout`. |
         *     | 1218 | CAPTCHA is invalid | The captcha answer was rejected; show a new captcha. |
         *     | 982 | CAPTCHA is invalid | As 1218 (the vendor's other code for it). |
         *     | 1281 | Voice OTP has not been configured | `isvoiceotp=true` without a voice provider; use SMS. |
         *     | 6003 | Trial plan expired | The tenant's trial ended; the tenant must contact the vendor. |
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenApiError"];
            };
        };
        /**
         * @description The resource the request refers to does not exist. The vendor's page documents this status with the example
         *     below (an invitation lookup); it is not expected from a well-formed call of this operation.
         *
         *     | ErrorCode | Message |
         *     |---|---|
         *     | 8169 | Invitation not found |
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Too many requests for this API key in the current time window. Wait for `Retry-After` when sent (otherwise
         *     back off exponentially) before retrying. The vendor does not document the server's body; its SDKs report the
         *     shape below for every 429.
         *
         *     | ErrorCode | Message |
         *     |---|---|
         *     | 429 | Too many request in particular time frame |
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description LoginRadius failed internally. Retry later with backoff; the OTP may still be valid.
         *
         *     | ErrorCode | Message |
         *     |---|---|
         *     | 7909 | Operation failed due to an internal error |
         */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The OTP was sent again by SMS (or voice call with `isvoiceotp=true`). The body identifies the message at the tenant's SMS provider; it carries no OTP and no token. */
        ResendSmsOtpSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmsResponseData"];
            };
        };
        /**
         * @description A business error. The vendor's page for this call documents 901; it does not document the codes for an
         *     invalid or expired `SecondFactorAuthenticationToken` here (Verify SMS OTP answers those with 1103 and 1104)
         *     nor for a tenant without voice OTP (1281 on Verify SMS OTP). Branch on `ErrorCode`:
         *
         *     | ErrorCode | Message | What to do |
         *     |---|---|---|
         *     | 901 | The API key is unauthorized | The API key may not call this API; check the tenant's plan and features. |
         */
        ResendSmsOtpForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description Second factor token. The `SecondFactorAuthenticationToken` returned by the first login step (email, username or phone number plus password) when multi-factor authentication is required; it identifies the pending login this OTP completes.
         * @example 4asdf575-5678-4065-b717-fa0n7i5ca81a
         */
        SecondFactorAuthenticationToken: string;
        /**
         * @description SMS template name to be used for sending the 2FA code to the User.
         * @example SMS-Template
         */
        SmsTemplate2fa: string;
        /**
         * @description Comma-separated list of profile fields to include in the response. The vendor also accepts `*` (every field), `a(b,c)` (sub-fields of an object) and `a/b` (one nested field); omitted fields are absent from `Profile`. The pattern states that syntax: names of letters, digits, `_`, `-` or `*`, joined by `/`, with up to three levels of parentheses (reach deeper fields with `/`, e.g. `Identities(JobBookmarks(Job(Compony/Id)))`); no spaces, empty names or unbalanced parentheses. The vendor does not document what other values do; error 908 ("a parameter is not formatted correctly") is its answer to malformed parameters.
         * @example Email,username
         */
        Fields: string;
        /**
         * @description When true, suppresses webhook events for this operation. Same effect as the `X-PreventWebhook` header, which wins when both are set.
         * @example true
         */
        PreventWebhook: boolean;
        /**
         * @description Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
         * @example true
         */
        IsVoiceOtp: boolean;
        /**
         * @description RBA browser Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with browser option is enabled for the Tenant.
         * @example RBA-Browser-Email-Template
         */
        RbaBrowserEmailTemplate: string;
        /**
         * @description RBA city Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with city option is enabled for the Tenant.
         * @example RBA-City-Email-Template
         */
        RbaCityEmailTemplate: string;
        /**
         * @description RBA country Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with country option is enabled for the Tenant.
         * @example RBA-Country-Email-Template
         */
        RbaCountryEmailTemplate: string;
        /**
         * @description RBA IP Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with IP option is enabled for the Tenant.
         * @example RBA-IP-Email-Template
         */
        RbaIpEmailTemplate: string;
        /**
         * @description RBA device Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with device option is enabled for the Tenant.
         * @example RBA-Device-Email-Template
         */
        RbaDeviceEmailTemplate: string;
        /**
         * @description RBA OTP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-OTP-SMS-Template
         */
        RbaOtpSmsTemplate: string;
        /**
         * @description RBA browser SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-Browser-SMS-Template
         */
        RbaBrowserSmsTemplate: string;
        /**
         * @description RBA city SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-City-SMS-Template
         */
        RbaCitySmsTemplate: string;
        /**
         * @description RBA country SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-Country-SMS-Template
         */
        RbaCountrySmsTemplate: string;
        /**
         * @description RBA IP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-IP-SMS-Template
         */
        RbaIpSmsTemplate: string;
        /**
         * @description RBA device SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
         * @example RBA-Device-SMS-Template
         */
        RbaDeviceSmsTemplate: string;
        /**
         * @description When true, suppresses webhook events for this operation. Takes precedence over the `prevent_webhook` query parameter when both are set. Some client generators drop header parameters (swagger-typescript-api, orval without `headers: true`); the `prevent_webhook` query parameter has the same effect and the generators checked keep it.
         * @example true
         */
        PreventWebhookHeader: boolean;
    };
    requestBodies: {
        /** @description The OTP the user received, plus the answer to a lockout challenge when the account is locked with the reCAPTCHA, hCaptcha, QQ captcha or security-question lockout. Send it as JSON with `Content-Type: application/json` (a body the server cannot read as JSON gets error 965); every field is a string, never `null`. */
        VerifySmsOtpRequest: {
            content: {
                "application/json": components["schemas"]["VerifySmsOtpRequestBody"];
            };
        };
    };
    headers: {
        /**
         * @description How long to wait before retrying, in seconds (or as an HTTP date), when the gateway sends it. When absent, back off exponentially.
         * @example 60
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    verifySmsOtp: {
        parameters: {
            query: {
                /**
                 * @description Second factor token. The `SecondFactorAuthenticationToken` returned by the first login step (email, username or phone number plus password) when multi-factor authentication is required; it identifies the pending login this OTP completes.
                 * @example 4asdf575-5678-4065-b717-fa0n7i5ca81a
                 */
                secondfactorauthenticationtoken: components["parameters"]["SecondFactorAuthenticationToken"];
                /**
                 * @description SMS template name to be used for sending the 2FA code to the User.
                 * @example SMS-Template
                 */
                smstemplate2fa?: components["parameters"]["SmsTemplate2fa"];
                /**
                 * @description Comma-separated list of profile fields to include in the response. The vendor also accepts `*` (every field), `a(b,c)` (sub-fields of an object) and `a/b` (one nested field); omitted fields are absent from `Profile`. The pattern states that syntax: names of letters, digits, `_`, `-` or `*`, joined by `/`, with up to three levels of parentheses (reach deeper fields with `/`, e.g. `Identities(JobBookmarks(Job(Compony/Id)))`); no spaces, empty names or unbalanced parentheses. The vendor does not document what other values do; error 908 ("a parameter is not formatted correctly") is its answer to malformed parameters.
                 * @example Email,username
                 */
                fields?: components["parameters"]["Fields"];
                /**
                 * @description When true, suppresses webhook events for this operation. Same effect as the `X-PreventWebhook` header, which wins when both are set.
                 * @example true
                 */
                prevent_webhook?: components["parameters"]["PreventWebhook"];
                /**
                 * @description Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
                 * @example true
                 */
                isvoiceotp?: components["parameters"]["IsVoiceOtp"];
                /**
                 * @description RBA browser Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with browser option is enabled for the Tenant.
                 * @example RBA-Browser-Email-Template
                 */
                rbabrowseremailtemplate?: components["parameters"]["RbaBrowserEmailTemplate"];
                /**
                 * @description RBA city Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with city option is enabled for the Tenant.
                 * @example RBA-City-Email-Template
                 */
                rbacityemailtemplate?: components["parameters"]["RbaCityEmailTemplate"];
                /**
                 * @description RBA country Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with country option is enabled for the Tenant.
                 * @example RBA-Country-Email-Template
                 */
                rbacountryemailtemplate?: components["parameters"]["RbaCountryEmailTemplate"];
                /**
                 * @description RBA IP Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with IP option is enabled for the Tenant.
                 * @example RBA-IP-Email-Template
                 */
                rbaipemailtemplate?: components["parameters"]["RbaIpEmailTemplate"];
                /**
                 * @description RBA device Email template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when RBA with device option is enabled for the Tenant.
                 * @example RBA-Device-Email-Template
                 */
                rbadeviceemailtemplate?: components["parameters"]["RbaDeviceEmailTemplate"];
                /**
                 * @description RBA OTP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-OTP-SMS-Template
                 */
                rbaotpsmstemplate?: components["parameters"]["RbaOtpSmsTemplate"];
                /**
                 * @description RBA browser SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-Browser-SMS-Template
                 */
                rbabrowsersmstemplate?: components["parameters"]["RbaBrowserSmsTemplate"];
                /**
                 * @description RBA city SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-City-SMS-Template
                 */
                rbacitysmstemplate?: components["parameters"]["RbaCitySmsTemplate"];
                /**
                 * @description RBA country SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-Country-SMS-Template
                 */
                rbacountrysmstemplate?: components["parameters"]["RbaCountrySmsTemplate"];
                /**
                 * @description RBA IP SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-IP-SMS-Template
                 */
                rbaipsmstemplate?: components["parameters"]["RbaIpSmsTemplate"];
                /**
                 * @description RBA device SMS template name which will be sent to the User when any risk is detected while logging in to the Tenant. It will only be used when a User has logged in via Phone.
                 * @example RBA-Device-SMS-Template
                 */
                rbadevicesmstemplate?: components["parameters"]["RbaDeviceSmsTemplate"];
            };
            header?: {
                /**
                 * @description When true, suppresses webhook events for this operation. Takes precedence over the `prevent_webhook` query parameter when both are set. Some client generators drop header parameters (swagger-typescript-api, orval without `headers: true`); the `prevent_webhook` query parameter has the same effect and the generators checked keep it.
                 * @example true
                 */
                "X-PreventWebhook"?: components["parameters"]["PreventWebhookHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VerifySmsOtpRequest"];
        responses: {
            200: components["responses"]["VerifySmsOtpSuccess"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resendSmsOtp: {
        parameters: {
            query: {
                /**
                 * @description Second factor token. The `SecondFactorAuthenticationToken` returned by the first login step (email, username or phone number plus password) when multi-factor authentication is required; it identifies the pending login this OTP completes.
                 * @example 4asdf575-5678-4065-b717-fa0n7i5ca81a
                 */
                secondfactorauthenticationtoken: components["parameters"]["SecondFactorAuthenticationToken"];
                /**
                 * @description SMS template name to be used for sending the 2FA code to the User.
                 * @example SMS-Template
                 */
                smstemplate2fa?: components["parameters"]["SmsTemplate2fa"];
                /**
                 * @description Boolean flag to enforce sending SMS content via Voice. Set it to the same value as in the first login step when the OTP was delivered by a voice call; the tenant must have voice OTP configured (error 1281 otherwise).
                 * @example true
                 */
                isvoiceotp?: components["parameters"]["IsVoiceOtp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ResendSmsOtpSuccess"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["ResendSmsOtpForbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
