// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.

import type { components, operations } from './openapi.js';

/**
 * Body of the second MFA login step: the OTP, and the answer to a lockout challenge when the account is locked.
 */
export type VerifySmsOtpRequestBody = components['schemas']['VerifySmsOtpRequestBody'];
/**
 * The age bracket the identity provider places the user in.
 */
export type AgeRange = components['schemas']['AgeRange'];
/**
 * A country, by code and name.
 */
export type Country = components['schemas']['Country'];
/**
 * The user's paid plan at the identity provider (e.g. a GitHub plan).
 */
export type Subscription = components['schemas']['Subscription'];
/**
 * The user's Klout social-influence score (a retired service; kept for old profiles).
 */
export type KloutScore = components['schemas']['KloutScore'];
/**
 * A reference to something at the identity provider by id and display name (a sport, skill, person, company, author, ...); the property holding it says what it refers to.
 */
export type NamedReference = components['schemas']['NamedReference'];
/**
 * What the identity provider suggests the user follow or befriend.
 */
export type Suggestions = components['schemas']['Suggestions'];
/**
 * The identity provider's own token for this user, for calling the provider's API directly.
 */
export type ProviderAccessCredential = components['schemas']['ProviderAccessCredential'];
/**
 * One email address of the user, with its kind.
 */
export type Email = components['schemas']['Email'];
/**
 * One phone number from the user's profile (not the phone login id, which is `PhoneId`).
 */
export type PhoneNumber = components['schemas']['PhoneNumber'];
/**
 * One postal address of the user.
 */
export type Address = components['schemas']['Address'];
/**
 * An instant-messaging account of the user.
 */
export type IMAccount = components['schemas']['IMAccount'];
/**
 * The employer of a position held by the user.
 */
export type PositionCompany = components['schemas']['PositionCompany'];
/**
 * A job position the user holds or held (work history from the identity provider).
 */
export type Position = components['schemas']['Position'];
/**
 * A school or university the user attended.
 */
export type Education = components['schemas']['Education'];
/**
 * Something the user is interested in. The root profile names the fields `InterestedType`/`InterestedName`; linked identities may send `InterestType`/`InterestName` instead.
 */
export type Interest = components['schemas']['Interest'];
/**
 * An award or honour the user received.
 */
export type Award = components['schemas']['Award'];
/**
 * A status update (post) the user published at the identity provider.
 */
export type StatusUpdate = components['schemas']['StatusUpdate'];
/**
 * A professional certification the user holds.
 */
export type Certification = components['schemas']['Certification'];
/**
 * A course the user took.
 */
export type Course = components['schemas']['Course'];
/**
 * Volunteer work the user did.
 */
export type VolunteerExperience = components['schemas']['VolunteerExperience'];
/**
 * A recommendation the user received from someone else.
 */
export type Recommendation = components['schemas']['Recommendation'];
/**
 * A language the user speaks.
 */
export type Language = components['schemas']['Language'];
/**
 * A project the user worked on.
 */
export type Project = components['schemas']['Project'];
/**
 * Something the user likes at the identity provider (a game, TV show, book or movie), with its category.
 */
export type CategorizedItem = components['schemas']['CategorizedItem'];
/**
 * A family member of the user.
 */
export type FamilyMember = components['schemas']['FamilyMember'];
/**
 * A friend the user has in common with the viewer at the identity provider.
 */
export type Friend = components['schemas']['Friend'];
/**
 * A movie the user likes at the identity provider.
 */
export type Movie = components['schemas']['Movie'];
/**
 * A patent the user holds.
 */
export type Patent = components['schemas']['Patent'];
/**
 * A favourite thing the user lists on the identity provider.
 */
export type FavoriteThing = components['schemas']['FavoriteThing'];
/**
 * A profile that viewers of the user's profile also viewed.
 */
export type RelatedProfileView = components['schemas']['RelatedProfileView'];
/**
 * A place the user lives or has lived in.
 */
export type PlaceLived = components['schemas']['PlaceLived'];
/**
 * A publication the user authored or co-authored.
 */
export type Publication = components['schemas']['Publication'];
/**
 * The position offered by a job posting.
 */
export type JobPosition = components['schemas']['JobPosition'];
/**
 * A job posting the user bookmarked.
 */
export type Job = components['schemas']['Job'];
/**
 * A job posting the user saved or applied to (LinkedIn job bookmarks).
 */
export type JobBookmark = components['schemas']['JobBookmark'];
/**
 * A badge the user earned at the identity provider.
 */
export type Badge = components['schemas']['Badge'];
/**
 * A link the user lists on their profile (portfolio, blog, ...).
 */
export type MemberUrlResource = components['schemas']['MemberUrlResource'];
/**
 * The fields a LoginRadius user profile shares with each of the social identities linked to it: personal details, provider statistics and the social sub-objects. Every field may be absent (see the `fields` parameter) or `null` when unset, and the vendor adds fields over time, so unknown properties are allowed.
 */
export type ProfileBase = components['schemas']['ProfileBase'];
/**
 * An id of the user in an external system, linked to the LoginRadius account.
 */
export type ExternalId = components['schemas']['ExternalId'];
/**
 * Which version of the tenant's privacy policy the user accepted, and when.
 */
export type PrivacyPolicy = components['schemas']['PrivacyPolicy'];
/**
 * A version of a consent form the user accepted.
 */
export type ConsentVersion = components['schemas']['ConsentVersion'];
/**
 * One consent option the user accepted.
 */
export type Consent = components['schemas']['Consent'];
/**
 * The consents the user gave (consent-management feature).
 */
export type ConsentProfile = components['schemas']['ConsentProfile'];
/**
 * The state of the user's PIN login (PIN authentication feature).
 */
export type PIN = components['schemas']['PIN'];
/**
 * The state of the user's passkey (WebAuthn) enrolment.
 */
export type PasskeyLogin = components['schemas']['PasskeyLogin'];
/**
 * A registration-data value (one option of a tenant-configured list) selected for the user.
 */
export type RegistrationDataValue = components['schemas']['RegistrationDataValue'];
/**
 * One registration-data value selected for the user (e.g. a dropdown option configured by the tenant).
 */
export type RegistrationDataEntry = components['schemas']['RegistrationDataEntry'];
/**
 * Registration-data values (tenant-configured option lists) attached to the user.
 */
export type RegistrationData = components['schemas']['RegistrationData'];
/**
 * An organisation the user belongs to.
 */
export type Organization = components['schemas']['Organization'];
/**
 * A social profile linked to the user's account (one per identity-provider login): the shared profile fields of `ProfileBase` as that provider reports them.
 */
export type Identity = components['schemas']['Identity'];
/**
 * The LoginRadius user profile returned by a completed login: the fields shared with linked identities (`ProfileBase`) plus the account's own state (ids, verification, lockout, consents) and the linked social `Identities`.
 */
export type Profile = components['schemas']['Profile'];
/**
 * The completed login: the user's profile and the tokens of the new session. Named after what it holds, not after an operation, so it never collides with the `<operation>Response` names client generators derive.
 */
export type MfaLoginResponse = components['schemas']['MfaLoginResponse'];
/**
 * One validation failure of a request field.
 */
export type FieldError = components['schemas']['FieldError'];
/**
 * The fields every LoginRadius error body has, whatever its status; `ApiError` and `ForbiddenApiError` add the `Data` their statuses send. `ErrorCode` identifies the failure; `Description` is meant for the end user.
 */
export type ApiErrorBase = components['schemas']['ApiErrorBase'];
/**
 * Machine-readable details of an error, sent in `ApiError.Data` (which is `null` for most errors). Its fields depend on the status: a 403 body (`ForbiddenApiError`) declares the ones it sends.
 */
export type ApiErrorData = components['schemas']['ApiErrorData'];
/**
 * The error body LoginRadius sends with a non-2xx status (a 403 of Verify SMS OTP is the `ForbiddenApiError` variant). `ErrorCode` identifies the failure; `Description` is meant for the end user.
 */
export type ApiError = components['schemas']['ApiError'];
/**
 * Machine-readable details of a 403 error, sent in `ForbiddenApiError.Data` (which is `null` for most codes); the suspend lockout (1198) puts the unlock time here.
 */
export type ForbiddenApiErrorData = components['schemas']['ForbiddenApiErrorData'];
/**
 * The error body of a 403: the fields of every error body (`ApiErrorBase`) and a `Data` that may carry the unlock time of a suspend lockout (1198). Only this status sends `Data.LoginLockedTimeout`, so only its schema declares it.
 */
export type ForbiddenApiError = components['schemas']['ForbiddenApiError'];
/**
 * The SMS the vendor sent, as its SMS provider identifies it (the vendor's SDK model `SmsResponseData`). Named after that model, not after an operation, so it never collides with the `<operation>Response` names client generators derive.
 */
export type SmsResponseData = components['schemas']['SmsResponseData'];
/**
 * Query parameters of `PUT /identity/v2/auth/login/2fa/sms`.
 */
export type VerifySmsOtpQuery = NonNullable<operations['verifySmsOtp']['parameters']['query']>;
/**
 * Header parameters of `PUT /identity/v2/auth/login/2fa/sms`.
 */
export type VerifySmsOtpHeaders = NonNullable<operations['verifySmsOtp']['parameters']['header']>;
/**
 * Success body of `PUT /identity/v2/auth/login/2fa/sms`.
 */
export type VerifySmsOtpResponse = operations['verifySmsOtp']['responses'][200]['content']['application/json'];
/**
 * Query parameters of `GET /identity/v2/auth/login/2fa/sms/resend`.
 */
export type ResendSmsOtpQuery = NonNullable<operations['resendSmsOtp']['parameters']['query']>;
/**
 * Success body of `GET /identity/v2/auth/login/2fa/sms/resend`.
 */
export type ResendSmsOtpResponse = operations['resendSmsOtp']['responses'][200]['content']['application/json'];
