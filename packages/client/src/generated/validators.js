// DO NOT EDIT. Generated from spec/openapi.yaml by the lr-mfa pipeline; edit spec/ and run `pnpm build`.
/* eslint-disable */

export const validateApiError = validate21;
const schema32 = {"type":"object","required":["ErrorCode","Message","Description"],"properties":{"ErrorCode":{"type":"integer"},"Message":{"type":"string"},"Description":{"type":"string"},"IsProviderError":{"type":["boolean","null"]},"ProviderErrorResponse":{"type":["string","null"]},"Errors":{"type":["array","null"],"items":{"$ref":"#/components/schemas/FieldError"}},"Data":{"type":["object","null"],"properties":{"LoginLockedTimeout":{"type":"string"}}}}};
const schema33 = {"type":"object","properties":{"FieldName":{"type":"string"},"ErrorMessage":{"type":"string"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorCode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorCode"},message:"must have required property '"+"ErrorCode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Message"},message:"must have required property '"+"Message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Description"},message:"must have required property '"+"Description"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ErrorCode !== undefined){
let data0 = data.ErrorCode;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err3 = {instancePath:instancePath+"/ErrorCode",schemaPath:"#/properties/ErrorCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Message !== undefined){
if(typeof data.Message !== "string"){
const err4 = {instancePath:instancePath+"/Message",schemaPath:"#/properties/Message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Description !== undefined){
if(typeof data.Description !== "string"){
const err5 = {instancePath:instancePath+"/Description",schemaPath:"#/properties/Description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.IsProviderError !== undefined){
let data3 = data.IsProviderError;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/IsProviderError",schemaPath:"#/properties/IsProviderError/type",keyword:"type",params:{type: schema32.properties.IsProviderError.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ProviderErrorResponse !== undefined){
let data4 = data.ProviderErrorResponse;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/ProviderErrorResponse",schemaPath:"#/properties/ProviderErrorResponse/type",keyword:"type",params:{type: schema32.properties.ProviderErrorResponse.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Errors !== undefined){
let data5 = data.Errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err8 = {instancePath:instancePath+"/Errors",schemaPath:"#/properties/Errors/type",keyword:"type",params:{type: schema32.properties.Errors.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.FieldName !== undefined){
if(typeof data6.FieldName !== "string"){
const err9 = {instancePath:instancePath+"/Errors/" + i0+"/FieldName",schemaPath:"#/components/schemas/FieldError/properties/FieldName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.ErrorMessage !== undefined){
if(typeof data6.ErrorMessage !== "string"){
const err10 = {instancePath:instancePath+"/Errors/" + i0+"/ErrorMessage",schemaPath:"#/components/schemas/FieldError/properties/ErrorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/Errors/" + i0,schemaPath:"#/components/schemas/FieldError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
if(data.Data !== undefined){
let data9 = data.Data;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
const err12 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/type",keyword:"type",params:{type: schema32.properties.Data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.LoginLockedTimeout !== undefined){
if(typeof data9.LoginLockedTimeout !== "string"){
const err13 = {instancePath:instancePath+"/Data/LoginLockedTimeout",schemaPath:"#/properties/Data/properties/LoginLockedTimeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"ErrorCode":true,"Message":true,"Description":true,"IsProviderError":true,"ProviderErrorResponse":true,"Errors":true,"Data":true},"dynamicProps":false,"dynamicItems":false};

export const validateVerifySmsOtpResponse = validate22;
const schema34 = {"type":"object","required":["Profile","access_token","expires_in"],"properties":{"Profile":{"$ref":"#/components/schemas/Profile"},"access_token":{"type":"string","x-lr-secret":true},"refresh_token":{"type":["string","null"],"x-lr-secret":true},"expires_in":{"type":"string"}}};
const schema35 = {"allOf":[{"$ref":"#/components/schemas/ProfileBase"},{"type":"object","properties":{"Uid":{"type":["string","null"]},"UserName":{"type":["string","null"]},"Password":{"type":["string","null"]},"EmailVerified":{"type":["boolean","null"]},"UnverifiedEmail":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Email"}},"PhoneIdVerified":{"type":["boolean","null"]},"IsActive":{"type":["boolean","null"]},"IsDeleted":{"type":["boolean","null"]},"IsLoginLocked":{"type":["boolean","null"]},"LoginLockedType":{"type":["string","null"]},"IsPasswordBreached":{"type":["boolean","null"]},"IsSecurePassword":{"type":["boolean","null"]},"LastPasswordChangeDate":{"type":["string","null"]},"PasswordExpirationDate":{"type":["string","null"]},"LastPasswordChangeToken":{"type":["string","null"]},"IsRequiredFieldsFilledOnce":{"type":["boolean","null"]},"IsCustomUid":{"type":["boolean","null"]},"IsEmailSubscribed":{"type":["boolean","null"]},"NoOfLogins":{"type":["integer","null"]},"RegistrationProvider":{"type":["string","null"]},"RegistrationSource":{"type":["string","null"]},"LastLoginLocation":{"type":["string","null"]},"ExternalUserLoginId":{"type":["string","null"]},"ExternalIds":{"type":["array","null"],"items":{"$ref":"#/components/schemas/ExternalId"}},"Roles":{"type":["array","null"],"items":{"type":"string"}},"CustomFields":{"type":["object","null"],"additionalProperties":{"type":["string","null"]}},"PrivacyPolicy":{"anyOf":[{"$ref":"#/components/schemas/PrivacyPolicy"},{"type":"null"}]},"ConsentProfile":{"anyOf":[{"$ref":"#/components/schemas/ConsentProfile"},{"type":"null"}]},"PIN":{"anyOf":[{"$ref":"#/components/schemas/PIN"},{"type":"null"}]},"PasskeyLogin":{"anyOf":[{"$ref":"#/components/schemas/PasskeyLogin"},{"type":"null"}]},"RegistrationData":{"anyOf":[{"$ref":"#/components/schemas/RegistrationData"},{"type":"null"}]},"Organizations":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Organization"}},"Identities":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Identity"}}}}]};
const schema47 = {"type":"object","properties":{"Type":{"type":["string","null"]},"Value":{"type":["string","null"]}}};
const schema88 = {"type":"object","properties":{"Operation":{"type":["string","null"]},"Source":{"type":["string","null"]},"SourceId":{"type":["string","null"]}}};
const schema89 = {"type":"object","properties":{"Version":{"type":["string","null"]},"AcceptSource":{"type":["string","null"]},"AcceptDateTime":{"type":["string","null"]}}};
const schema93 = {"type":"object","properties":{"Skipped":{"type":["boolean","null"]},"PIN":{"type":["string","null"]},"LastPINChangeToken":{"type":["string","null"]},"LastPINChangeDate":{"type":["string","null"]},"SkippedDate":{"type":["string","null"]}}};
const schema94 = {"type":"object","properties":{"ProgressiveFlag":{"type":["boolean","null"]},"LocalEnrollmentFlag":{"type":["boolean","null"]},"ProgressiveEnrollmentDate":{"type":["string","null"]}}};
const schema97 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"LogoURL":{"type":["string","null"]}}};
const schema36 = {"type":"object","properties":{"ID":{"type":["string","null"]},"Provider":{"type":["string","null"]},"FirstLogin":{"type":["boolean","null"]},"IsProtected":{"type":["boolean","null"]},"Hireable":{"type":["boolean","null"]},"FollowersCount":{"type":["integer","null"]},"FriendsCount":{"type":["integer","null"]},"TotalStatusesCount":{"type":["integer","null"]},"NumRecommenders":{"type":["integer","null"]},"TotalPrivateRepository":{"type":["integer","null"]},"PublicGists":{"type":["integer","null"]},"PrivateGists":{"type":["integer","null"]},"PinsCount":{"type":["integer","null"]},"BoardsCount":{"type":["integer","null"]},"LikesCount":{"type":["integer","null"]},"SessionLimit":{"type":["integer","null"]},"FullName":{"type":["string","null"]},"FirstName":{"type":["string","null"]},"MiddleName":{"type":["string","null"]},"LastName":{"type":["string","null"]},"Prefix":{"type":["string","null"]},"Suffix":{"type":["string","null"]},"NickName":{"type":["string","null"]},"ProfileName":{"type":["string","null"]},"PhoneId":{"type":["string","null"]},"BirthDate":{"type":["string","null"]},"Gender":{"type":["string","null"]},"Age":{"type":["string","null"]},"AgeRange":{"anyOf":[{"$ref":"#/components/schemas/AgeRange"},{"type":"null"}]},"Website":{"type":["string","null"]},"ThumbnailImageUrl":{"type":["string","null"]},"ImageUrl":{"type":["string","null"]},"HttpsImageUrl":{"type":["string","null"]},"GravatarImageUrl":{"type":["string","null"]},"CoverPhoto":{"type":["string","null"]},"ProfileImageUrls":{"type":["object","null"],"additionalProperties":{"type":["string","null"]}},"Favicon":{"type":["string","null"]},"ProfileUrl":{"type":["string","null"]},"WebProfiles":{"type":["object","null"],"additionalProperties":{"type":["string","null"]}},"HomeTown":{"type":["string","null"]},"City":{"type":["string","null"]},"State":{"type":["string","null"]},"Country":{"anyOf":[{"$ref":"#/components/schemas/Country"},{"type":"null"}]},"LocalCity":{"type":["string","null"]},"LocalCountry":{"type":["string","null"]},"ProfileCity":{"type":["string","null"]},"ProfileCountry":{"type":["string","null"]},"MainAddress":{"type":["string","null"]},"TimeZone":{"type":["string","null"]},"LocalLanguage":{"type":["string","null"]},"Language":{"type":["string","null"]},"Industry":{"type":["string","null"]},"Company":{"type":["string","null"]},"ProfessionalHeadline":{"type":["string","null"]},"About":{"type":["string","null"]},"TagLine":{"type":["string","null"]},"Quote":{"type":["string","null"]},"Associations":{"type":["string","null"]},"Honors":{"type":["string","null"]},"RelationshipStatus":{"type":["string","null"]},"Religion":{"type":["string","null"]},"Political":{"type":["string","null"]},"Verified":{"type":["string","null"]},"IsGeoEnabled":{"type":["string","null"]},"Quota":{"type":["string","null"]},"PublicRepository":{"type":["string","null"]},"RepositoryUrl":{"type":["string","null"]},"StarredUrl":{"type":["string","null"]},"GistsUrl":{"type":["string","null"]},"Subscription":{"anyOf":[{"$ref":"#/components/schemas/Subscription"},{"type":"null"}]},"Currency":{"type":["string","null"]},"LRUserID":{"type":["string","null"]},"KloutScore":{"anyOf":[{"$ref":"#/components/schemas/KloutScore"},{"type":"null"}]},"Suggestions":{"anyOf":[{"$ref":"#/components/schemas/Suggestions"},{"type":"null"}]},"ProviderAccessCredential":{"anyOf":[{"$ref":"#/components/schemas/ProviderAccessCredential"},{"type":"null"}]},"UpdatedTime":{"type":["string","null"]},"Created":{"type":["string","null"]},"CreatedDate":{"type":["string","null"]},"ModifiedDate":{"type":["string","null"]},"ProfileModifiedDate":{"type":["string","null"]},"LastLoginDate":{"type":["string","null"]},"SignupDate":{"type":["string","null"]},"PreviousUids":{"type":["array","null"],"items":{"type":"string"}},"InterestedIn":{"type":["array","null"],"items":{"type":"string"}},"Email":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Email"}},"PhoneNumbers":{"type":["array","null"],"items":{"$ref":"#/components/schemas/PhoneNumber"}},"Addresses":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Address"}},"IMAccounts":{"type":["array","null"],"items":{"$ref":"#/components/schemas/IMAccount"}},"Positions":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Position"}},"Educations":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Education"}},"Interests":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Interest"}},"Sports":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"InspirationalPeople":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"Awards":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Award"}},"Skills":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"CurrentStatus":{"type":["array","null"],"items":{"$ref":"#/components/schemas/StatusUpdate"}},"Certifications":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Certification"}},"Courses":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Course"}},"Volunteer":{"type":["array","null"],"items":{"$ref":"#/components/schemas/VolunteerExperience"}},"RecommendationsReceived":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Recommendation"}},"Languages":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Language"}},"Projects":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Project"}},"Games":{"type":["array","null"],"items":{"$ref":"#/components/schemas/CategorizedItem"}},"Family":{"type":["array","null"],"items":{"$ref":"#/components/schemas/FamilyMember"}},"TelevisionShow":{"type":["array","null"],"items":{"$ref":"#/components/schemas/CategorizedItem"}},"MutualFriends":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Friend"}},"Movies":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Movie"}},"Books":{"type":["array","null"],"items":{"$ref":"#/components/schemas/CategorizedItem"}},"Patents":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Patent"}},"FavoriteThings":{"type":["array","null"],"items":{"$ref":"#/components/schemas/FavoriteThing"}},"RelatedProfileViews":{"type":["array","null"],"items":{"$ref":"#/components/schemas/RelatedProfileView"}},"PlacesLived":{"type":["array","null"],"items":{"$ref":"#/components/schemas/PlaceLived"}},"Publications":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Publication"}},"JobBookmarks":{"type":["array","null"],"items":{"$ref":"#/components/schemas/JobBookmark"}},"Badges":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Badge"}},"MemberUrlResources":{"type":["array","null"],"items":{"$ref":"#/components/schemas/MemberUrlResource"}}}};
const schema37 = {"type":"object","properties":{"Min":{"type":["integer","null"]},"Max":{"type":["integer","null"]}}};
const schema38 = {"type":"object","properties":{"Code":{"type":["string","null"]},"Name":{"type":["string","null"]}}};
const schema39 = {"type":"object","properties":{"Name":{"type":["string","null"]},"Space":{"type":["string","null"]},"PrivateRepos":{"type":["string","null"]},"Collaborators":{"type":["string","null"]}}};
const schema40 = {"type":"object","properties":{"KloutId":{"type":["string","null"]},"Score":{"type":["number","null"]}}};
const schema46 = {"type":"object","properties":{"AccessToken":{"type":["string","null"]},"TokenSecret":{"type":["string","null"]}}};
const schema48 = {"type":"object","properties":{"PhoneType":{"type":["string","null"]},"PhoneNumber":{"type":["string","null"]},"Operation":{"type":["string","null"]},"op":{"type":["string","null"]}}};
const schema49 = {"type":"object","properties":{"Type":{"type":["string","null"]},"AddressType":{"type":["string","null"]},"Address1":{"type":["string","null"]},"Address2":{"type":["string","null"]},"City":{"type":["string","null"]},"State":{"type":["string","null"]},"PostalCode":{"type":["string","null"]},"Region":{"type":["string","null"]},"Country":{"type":["string","null"]},"Operation":{"type":["string","null"]},"Op":{"type":["string","null"]}}};
const schema50 = {"type":"object","properties":{"AccountType":{"type":["string","null"]},"AccountName":{"type":["string","null"]}}};
const schema54 = {"type":"object","properties":{"School":{"type":["string","null"]},"Year":{"type":["string","null"]},"Type":{"type":["string","null"]},"Notes":{"type":["string","null"]},"Activities":{"type":["string","null"]},"Degree":{"type":["string","null"]},"FieldOfStudy":{"type":["string","null"]},"StartDate":{"type":["string","null"]},"EndDate":{"type":["string","null"]}}};
const schema55 = {"type":"object","properties":{"InterestedType":{"type":["string","null"]},"InterestedName":{"type":["string","null"]},"InterestType":{"type":["string","null"]},"InterestName":{"type":["string","null"]}}};
const schema42 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]}}};
const schema58 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Issuer":{"type":["string","null"]}}};
const schema60 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Text":{"type":["string","null"]},"Source":{"type":["string","null"]},"CreatedDate":{"type":["string","null"]}}};
const schema61 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Authority":{"type":["string","null"]},"Number":{"type":["string","null"]},"StartDate":{"type":["string","null"]},"EndDate":{"type":["string","null"]}}};
const schema62 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Number":{"type":["string","null"]}}};
const schema63 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Role":{"type":["string","null"]},"Organization":{"type":["string","null"]},"Cause":{"type":["string","null"]}}};
const schema64 = {"type":"object","properties":{"Id":{"type":["string","null"]},"RecommendationType":{"type":["string","null"]},"RecommendationText":{"type":["string","null"]},"Recommender":{"type":["string","null"]}}};
const schema65 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Proficiency":{"type":["string","null"]},"op":{"type":["string","null"]}}};
const schema68 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Category":{"type":["string","null"]},"Name":{"type":["string","null"]},"CreatedDate":{"type":["string","null"]}}};
const schema69 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Relationship":{"type":["string","null"]},"Name":{"type":["string","null"]}}};
const schema71 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"FirstName":{"type":["string","null"]},"LastName":{"type":["string","null"]},"Birthday":{"type":["string","null"]},"Hometown":{"type":["string","null"]},"Link":{"type":["string","null"]},"Gender":{"type":["string","null"]}}};
const schema75 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Title":{"type":["string","null"]},"Date":{"type":["string","null"]}}};
const schema76 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Type":{"type":["string","null"]}}};
const schema77 = {"type":"object","properties":{"Id":{"type":["string","null"]},"FirstName":{"type":["string","null"]},"LastName":{"type":["string","null"]}}};
const schema78 = {"type":"object","properties":{"Name":{"type":["string","null"]},"Operation":{"type":["string","null"]},"IsPrimary":{"type":["boolean","null"]}}};
const schema85 = {"type":"object","properties":{"BadgeId":{"type":["string","null"]},"BageId":{"type":["string","null"]},"Name":{"type":["string","null"]},"BadgeMessage":{"type":["string","null"]},"BageMessage":{"type":["string","null"]},"Description":{"type":["string","null"]},"ImageUrl":{"type":["string","null"]}}};
const schema86 = {"type":"object","properties":{"Url":{"type":["string","null"]},"UrlName":{"type":["string","null"]}}};
const schema41 = {"type":"object","properties":{"CompaniesToFollow":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"IndustriesToFollow":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"NewssourceToFollow":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"PeopleToFollow":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}},"SuggestedFriends":{"type":["array","null"],"items":{"type":"string"}}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.CompaniesToFollow !== undefined){
let data0 = data.CompaniesToFollow;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/CompaniesToFollow",schemaPath:"#/properties/CompaniesToFollow/type",keyword:"type",params:{type: schema41.properties.CompaniesToFollow.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.Id !== undefined){
let data2 = data1.Id;
if((typeof data2 !== "string") && (data2 !== null)){
const err1 = {instancePath:instancePath+"/CompaniesToFollow/" + i0+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.Name !== undefined){
let data3 = data1.Name;
if((typeof data3 !== "string") && (data3 !== null)){
const err2 = {instancePath:instancePath+"/CompaniesToFollow/" + i0+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/CompaniesToFollow/" + i0,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
if(data.IndustriesToFollow !== undefined){
let data4 = data.IndustriesToFollow;
if((!(Array.isArray(data4))) && (data4 !== null)){
const err4 = {instancePath:instancePath+"/IndustriesToFollow",schemaPath:"#/properties/IndustriesToFollow/type",keyword:"type",params:{type: schema41.properties.IndustriesToFollow.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.Id !== undefined){
let data6 = data5.Id;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/IndustriesToFollow/" + i1+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.Name !== undefined){
let data7 = data5.Name;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/IndustriesToFollow/" + i1+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/IndustriesToFollow/" + i1,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.NewssourceToFollow !== undefined){
let data8 = data.NewssourceToFollow;
if((!(Array.isArray(data8))) && (data8 !== null)){
const err8 = {instancePath:instancePath+"/NewssourceToFollow",schemaPath:"#/properties/NewssourceToFollow/type",keyword:"type",params:{type: schema41.properties.NewssourceToFollow.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.Id !== undefined){
let data10 = data9.Id;
if((typeof data10 !== "string") && (data10 !== null)){
const err9 = {instancePath:instancePath+"/NewssourceToFollow/" + i2+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data9.Name !== undefined){
let data11 = data9.Name;
if((typeof data11 !== "string") && (data11 !== null)){
const err10 = {instancePath:instancePath+"/NewssourceToFollow/" + i2+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/NewssourceToFollow/" + i2,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
if(data.PeopleToFollow !== undefined){
let data12 = data.PeopleToFollow;
if((!(Array.isArray(data12))) && (data12 !== null)){
const err12 = {instancePath:instancePath+"/PeopleToFollow",schemaPath:"#/properties/PeopleToFollow/type",keyword:"type",params:{type: schema41.properties.PeopleToFollow.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.Id !== undefined){
let data14 = data13.Id;
if((typeof data14 !== "string") && (data14 !== null)){
const err13 = {instancePath:instancePath+"/PeopleToFollow/" + i3+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data13.Name !== undefined){
let data15 = data13.Name;
if((typeof data15 !== "string") && (data15 !== null)){
const err14 = {instancePath:instancePath+"/PeopleToFollow/" + i3+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/PeopleToFollow/" + i3,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
if(data.SuggestedFriends !== undefined){
let data16 = data.SuggestedFriends;
if((!(Array.isArray(data16))) && (data16 !== null)){
const err16 = {instancePath:instancePath+"/SuggestedFriends",schemaPath:"#/properties/SuggestedFriends/type",keyword:"type",params:{type: schema41.properties.SuggestedFriends.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
if(typeof data16[i4] !== "string"){
const err17 = {instancePath:instancePath+"/SuggestedFriends/" + i4,schemaPath:"#/properties/SuggestedFriends/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"CompaniesToFollow":true,"IndustriesToFollow":true,"NewssourceToFollow":true,"PeopleToFollow":true,"SuggestedFriends":true},"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","properties":{"Position":{"type":["string","null"]},"Summary":{"type":["string","null"]},"StartDate":{"type":["string","null"]},"EndDate":{"type":["string","null"]},"IsCurrent":{"type":["string","boolean","null"]},"Location":{"type":["string","null"]},"Company":{"anyOf":[{"$ref":"#/components/schemas/PositionCompany"},{"type":"null"}]},"Comapny":{"anyOf":[{"$ref":"#/components/schemas/PositionCompany"},{"type":"null"}]}}};
const schema52 = {"type":"object","properties":{"Name":{"type":["string","null"]},"Type":{"type":["string","null"]},"Industry":{"type":["string","null"]}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Position !== undefined){
let data0 = data.Position;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/type",keyword:"type",params:{type: schema51.properties.Position.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Summary !== undefined){
let data1 = data.Summary;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Summary",schemaPath:"#/properties/Summary/type",keyword:"type",params:{type: schema51.properties.Summary.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.StartDate !== undefined){
let data2 = data.StartDate;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/StartDate",schemaPath:"#/properties/StartDate/type",keyword:"type",params:{type: schema51.properties.StartDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.EndDate !== undefined){
let data3 = data.EndDate;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/EndDate",schemaPath:"#/properties/EndDate/type",keyword:"type",params:{type: schema51.properties.EndDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.IsCurrent !== undefined){
let data4 = data.IsCurrent;
if(((typeof data4 !== "string") && (typeof data4 !== "boolean")) && (data4 !== null)){
const err4 = {instancePath:instancePath+"/IsCurrent",schemaPath:"#/properties/IsCurrent/type",keyword:"type",params:{type: schema51.properties.IsCurrent.type},message:"must be string,boolean,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Location !== undefined){
let data5 = data.Location;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/Location",schemaPath:"#/properties/Location/type",keyword:"type",params:{type: schema51.properties.Location.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Company !== undefined){
let data6 = data.Company;
const _errs14 = errors;
let valid1 = false;
const _errs15 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.Name !== undefined){
let data7 = data6.Name;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/Company/Name",schemaPath:"#/components/schemas/PositionCompany/properties/Name/type",keyword:"type",params:{type: schema52.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.Type !== undefined){
let data8 = data6.Type;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/Company/Type",schemaPath:"#/components/schemas/PositionCompany/properties/Type/type",keyword:"type",params:{type: schema52.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data6.Industry !== undefined){
let data9 = data6.Industry;
if((typeof data9 !== "string") && (data9 !== null)){
const err8 = {instancePath:instancePath+"/Company/Industry",schemaPath:"#/components/schemas/PositionCompany/properties/Industry/type",keyword:"type",params:{type: schema52.properties.Industry.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Company",schemaPath:"#/components/schemas/PositionCompany/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.Name = true;
props0.Type = true;
props0.Industry = true;
}
const _errs24 = errors;
if(data6 !== null){
const err10 = {instancePath:instancePath+"/Company",schemaPath:"#/properties/Company/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err11 = {instancePath:instancePath+"/Company",schemaPath:"#/properties/Company/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.Comapny !== undefined){
let data10 = data.Comapny;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Name !== undefined){
let data11 = data10.Name;
if((typeof data11 !== "string") && (data11 !== null)){
const err12 = {instancePath:instancePath+"/Comapny/Name",schemaPath:"#/components/schemas/PositionCompany/properties/Name/type",keyword:"type",params:{type: schema52.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.Type !== undefined){
let data12 = data10.Type;
if((typeof data12 !== "string") && (data12 !== null)){
const err13 = {instancePath:instancePath+"/Comapny/Type",schemaPath:"#/components/schemas/PositionCompany/properties/Type/type",keyword:"type",params:{type: schema52.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.Industry !== undefined){
let data13 = data10.Industry;
if((typeof data13 !== "string") && (data13 !== null)){
const err14 = {instancePath:instancePath+"/Comapny/Industry",schemaPath:"#/components/schemas/PositionCompany/properties/Industry/type",keyword:"type",params:{type: schema52.properties.Industry.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/Comapny",schemaPath:"#/components/schemas/PositionCompany/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
var props1 = {};
props1.Name = true;
props1.Type = true;
props1.Industry = true;
}
const _errs37 = errors;
if(data10 !== null){
const err16 = {instancePath:instancePath+"/Comapny",schemaPath:"#/properties/Comapny/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err17 = {instancePath:instancePath+"/Comapny",schemaPath:"#/properties/Comapny/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"Position":true,"Summary":true,"StartDate":true,"EndDate":true,"IsCurrent":true,"Location":true,"Company":true,"Comapny":true},"dynamicProps":false,"dynamicItems":false};

const schema66 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Name":{"type":["string","null"]},"Summary":{"type":["string","null"]},"StartDate":{"type":["string","null"]},"EndDate":{"type":["string","null"]},"IsCurrent":{"type":["string","boolean","null"]},"With":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id !== undefined){
let data0 = data.Id;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: schema66.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Name !== undefined){
let data1 = data.Name;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: schema66.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Summary !== undefined){
let data2 = data.Summary;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/Summary",schemaPath:"#/properties/Summary/type",keyword:"type",params:{type: schema66.properties.Summary.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.StartDate !== undefined){
let data3 = data.StartDate;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/StartDate",schemaPath:"#/properties/StartDate/type",keyword:"type",params:{type: schema66.properties.StartDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.EndDate !== undefined){
let data4 = data.EndDate;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/EndDate",schemaPath:"#/properties/EndDate/type",keyword:"type",params:{type: schema66.properties.EndDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.IsCurrent !== undefined){
let data5 = data.IsCurrent;
if(((typeof data5 !== "string") && (typeof data5 !== "boolean")) && (data5 !== null)){
const err5 = {instancePath:instancePath+"/IsCurrent",schemaPath:"#/properties/IsCurrent/type",keyword:"type",params:{type: schema66.properties.IsCurrent.type},message:"must be string,boolean,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.With !== undefined){
let data6 = data.With;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/With",schemaPath:"#/properties/With/type",keyword:"type",params:{type: schema66.properties.With.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Id !== undefined){
let data8 = data7.Id;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/With/" + i0+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data7.Name !== undefined){
let data9 = data7.Name;
if((typeof data9 !== "string") && (data9 !== null)){
const err8 = {instancePath:instancePath+"/With/" + i0+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/With/" + i0,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"Id":true,"Name":true,"Summary":true,"StartDate":true,"EndDate":true,"IsCurrent":true,"With":true},"dynamicProps":false,"dynamicItems":false};

const schema72 = {"allOf":[{"$ref":"#/components/schemas/CategorizedItem"},{"type":"object","properties":{"MovieName":{"type":["string","null"]},"Genre":{"type":["string","null"]}}}]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id !== undefined){
let data0 = data.Id;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Id",schemaPath:"#/components/schemas/CategorizedItem/properties/Id/type",keyword:"type",params:{type: schema68.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Category !== undefined){
let data1 = data.Category;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Category",schemaPath:"#/components/schemas/CategorizedItem/properties/Category/type",keyword:"type",params:{type: schema68.properties.Category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Name !== undefined){
let data2 = data.Name;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/Name",schemaPath:"#/components/schemas/CategorizedItem/properties/Name/type",keyword:"type",params:{type: schema68.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.CreatedDate !== undefined){
let data3 = data.CreatedDate;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/CreatedDate",schemaPath:"#/components/schemas/CategorizedItem/properties/CreatedDate/type",keyword:"type",params:{type: schema68.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/components/schemas/CategorizedItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.MovieName !== undefined){
let data4 = data.MovieName;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/MovieName",schemaPath:"#/allOf/1/properties/MovieName/type",keyword:"type",params:{type: schema72.allOf[1].properties.MovieName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Genre !== undefined){
let data5 = data.Genre;
if((typeof data5 !== "string") && (data5 !== null)){
const err6 = {instancePath:instancePath+"/Genre",schemaPath:"#/allOf/1/properties/Genre/type",keyword:"type",params:{type: schema72.allOf[1].properties.Genre.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"MovieName":true,"Genre":true,"Id":true,"Category":true,"Name":true,"CreatedDate":true},"dynamicProps":false,"dynamicItems":false};

const schema79 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Title":{"type":["string","null"]},"Publisher":{"type":["string","null"]},"Date":{"type":["string","null"]},"Url":{"type":["string","null"]},"Summary":{"type":["string","null"]},"Authors":{"type":["array","null"],"items":{"$ref":"#/components/schemas/NamedReference"}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id !== undefined){
let data0 = data.Id;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: schema79.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Title !== undefined){
let data1 = data.Title;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Title",schemaPath:"#/properties/Title/type",keyword:"type",params:{type: schema79.properties.Title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Publisher !== undefined){
let data2 = data.Publisher;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/Publisher",schemaPath:"#/properties/Publisher/type",keyword:"type",params:{type: schema79.properties.Publisher.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Date !== undefined){
let data3 = data.Date;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/Date",schemaPath:"#/properties/Date/type",keyword:"type",params:{type: schema79.properties.Date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Url !== undefined){
let data4 = data.Url;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/Url",schemaPath:"#/properties/Url/type",keyword:"type",params:{type: schema79.properties.Url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Summary !== undefined){
let data5 = data.Summary;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/Summary",schemaPath:"#/properties/Summary/type",keyword:"type",params:{type: schema79.properties.Summary.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Authors !== undefined){
let data6 = data.Authors;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/Authors",schemaPath:"#/properties/Authors/type",keyword:"type",params:{type: schema79.properties.Authors.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Id !== undefined){
let data8 = data7.Id;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/Authors/" + i0+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data7.Name !== undefined){
let data9 = data7.Name;
if((typeof data9 !== "string") && (data9 !== null)){
const err8 = {instancePath:instancePath+"/Authors/" + i0+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Authors/" + i0,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"Id":true,"Title":true,"Publisher":true,"Date":true,"Url":true,"Summary":true,"Authors":true},"dynamicProps":false,"dynamicItems":false};

const schema81 = {"type":"object","properties":{"IsApplied":{"type":["boolean","null"]},"IsSaved":{"type":["boolean","null"]},"ApplyTimestamp":{"type":["string","null"]},"SavedTimestamp":{"type":["string","null"]},"Job":{"anyOf":[{"$ref":"#/components/schemas/Job"},{"type":"null"}]}}};
const schema82 = {"type":"object","properties":{"Id":{"type":["string","null"]},"Active":{"type":["boolean","null"]},"DescriptionSnippet":{"type":["string","null"]},"PostingTimestamp":{"type":["string","null"]},"Compony":{"anyOf":[{"$ref":"#/components/schemas/NamedReference"},{"type":"null"}]},"Position":{"anyOf":[{"$ref":"#/components/schemas/JobPosition"},{"type":"null"}]}}};
const schema84 = {"type":"object","properties":{"Title":{"type":["string","null"]}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id !== undefined){
let data0 = data.Id;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: schema82.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Active !== undefined){
let data1 = data.Active;
if((typeof data1 !== "boolean") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Active",schemaPath:"#/properties/Active/type",keyword:"type",params:{type: schema82.properties.Active.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.DescriptionSnippet !== undefined){
let data2 = data.DescriptionSnippet;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/DescriptionSnippet",schemaPath:"#/properties/DescriptionSnippet/type",keyword:"type",params:{type: schema82.properties.DescriptionSnippet.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.PostingTimestamp !== undefined){
let data3 = data.PostingTimestamp;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/PostingTimestamp",schemaPath:"#/properties/PostingTimestamp/type",keyword:"type",params:{type: schema82.properties.PostingTimestamp.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Compony !== undefined){
let data4 = data.Compony;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.Id !== undefined){
let data5 = data4.Id;
if((typeof data5 !== "string") && (data5 !== null)){
const err4 = {instancePath:instancePath+"/Compony/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.Name !== undefined){
let data6 = data4.Name;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/Compony/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Compony",schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.Id = true;
props0.Name = true;
}
const _errs18 = errors;
if(data4 !== null){
const err7 = {instancePath:instancePath+"/Compony",schemaPath:"#/properties/Compony/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/Compony",schemaPath:"#/properties/Compony/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.Position !== undefined){
let data7 = data.Position;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Title !== undefined){
let data8 = data7.Title;
if((typeof data8 !== "string") && (data8 !== null)){
const err9 = {instancePath:instancePath+"/Position/Title",schemaPath:"#/components/schemas/JobPosition/properties/Title/type",keyword:"type",params:{type: schema84.properties.Title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/Position",schemaPath:"#/components/schemas/JobPosition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
var props1 = {};
props1.Title = true;
}
const _errs27 = errors;
if(data7 !== null){
const err11 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err12 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"Id":true,"Active":true,"DescriptionSnippet":true,"PostingTimestamp":true,"Compony":true,"Position":true},"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.IsApplied !== undefined){
let data0 = data.IsApplied;
if((typeof data0 !== "boolean") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/IsApplied",schemaPath:"#/properties/IsApplied/type",keyword:"type",params:{type: schema81.properties.IsApplied.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.IsSaved !== undefined){
let data1 = data.IsSaved;
if((typeof data1 !== "boolean") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/IsSaved",schemaPath:"#/properties/IsSaved/type",keyword:"type",params:{type: schema81.properties.IsSaved.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ApplyTimestamp !== undefined){
let data2 = data.ApplyTimestamp;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/ApplyTimestamp",schemaPath:"#/properties/ApplyTimestamp/type",keyword:"type",params:{type: schema81.properties.ApplyTimestamp.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.SavedTimestamp !== undefined){
let data3 = data.SavedTimestamp;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/SavedTimestamp",schemaPath:"#/properties/SavedTimestamp/type",keyword:"type",params:{type: schema81.properties.SavedTimestamp.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Job !== undefined){
let data4 = data.Job;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(!(validate36(data4, {instancePath:instancePath+"/Job",parentData:data,parentDataProperty:"Job",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.Id = true;
props0.Active = true;
props0.DescriptionSnippet = true;
props0.PostingTimestamp = true;
props0.Compony = true;
props0.Position = true;
}
const _errs12 = errors;
if(data4 !== null){
const err4 = {instancePath:instancePath+"/Job",schemaPath:"#/properties/Job/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/Job",schemaPath:"#/properties/Job/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"IsApplied":true,"IsSaved":true,"ApplyTimestamp":true,"SavedTimestamp":true,"Job":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ID !== undefined){
let data0 = data.ID;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/ID",schemaPath:"#/properties/ID/type",keyword:"type",params:{type: schema36.properties.ID.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Provider !== undefined){
let data1 = data.Provider;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Provider",schemaPath:"#/properties/Provider/type",keyword:"type",params:{type: schema36.properties.Provider.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.FirstLogin !== undefined){
let data2 = data.FirstLogin;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/FirstLogin",schemaPath:"#/properties/FirstLogin/type",keyword:"type",params:{type: schema36.properties.FirstLogin.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.IsProtected !== undefined){
let data3 = data.IsProtected;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/IsProtected",schemaPath:"#/properties/IsProtected/type",keyword:"type",params:{type: schema36.properties.IsProtected.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Hireable !== undefined){
let data4 = data.Hireable;
if((typeof data4 !== "boolean") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/Hireable",schemaPath:"#/properties/Hireable/type",keyword:"type",params:{type: schema36.properties.Hireable.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.FollowersCount !== undefined){
let data5 = data.FollowersCount;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (data5 !== null)){
const err5 = {instancePath:instancePath+"/FollowersCount",schemaPath:"#/properties/FollowersCount/type",keyword:"type",params:{type: schema36.properties.FollowersCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.FriendsCount !== undefined){
let data6 = data.FriendsCount;
if((!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/FriendsCount",schemaPath:"#/properties/FriendsCount/type",keyword:"type",params:{type: schema36.properties.FriendsCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.TotalStatusesCount !== undefined){
let data7 = data.TotalStatusesCount;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (data7 !== null)){
const err7 = {instancePath:instancePath+"/TotalStatusesCount",schemaPath:"#/properties/TotalStatusesCount/type",keyword:"type",params:{type: schema36.properties.TotalStatusesCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.NumRecommenders !== undefined){
let data8 = data.NumRecommenders;
if((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)){
const err8 = {instancePath:instancePath+"/NumRecommenders",schemaPath:"#/properties/NumRecommenders/type",keyword:"type",params:{type: schema36.properties.NumRecommenders.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.TotalPrivateRepository !== undefined){
let data9 = data.TotalPrivateRepository;
if((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)){
const err9 = {instancePath:instancePath+"/TotalPrivateRepository",schemaPath:"#/properties/TotalPrivateRepository/type",keyword:"type",params:{type: schema36.properties.TotalPrivateRepository.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.PublicGists !== undefined){
let data10 = data.PublicGists;
if((!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))) && (data10 !== null)){
const err10 = {instancePath:instancePath+"/PublicGists",schemaPath:"#/properties/PublicGists/type",keyword:"type",params:{type: schema36.properties.PublicGists.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.PrivateGists !== undefined){
let data11 = data.PrivateGists;
if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){
const err11 = {instancePath:instancePath+"/PrivateGists",schemaPath:"#/properties/PrivateGists/type",keyword:"type",params:{type: schema36.properties.PrivateGists.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.PinsCount !== undefined){
let data12 = data.PinsCount;
if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (data12 !== null)){
const err12 = {instancePath:instancePath+"/PinsCount",schemaPath:"#/properties/PinsCount/type",keyword:"type",params:{type: schema36.properties.PinsCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.BoardsCount !== undefined){
let data13 = data.BoardsCount;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
const err13 = {instancePath:instancePath+"/BoardsCount",schemaPath:"#/properties/BoardsCount/type",keyword:"type",params:{type: schema36.properties.BoardsCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.LikesCount !== undefined){
let data14 = data.LikesCount;
if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (data14 !== null)){
const err14 = {instancePath:instancePath+"/LikesCount",schemaPath:"#/properties/LikesCount/type",keyword:"type",params:{type: schema36.properties.LikesCount.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.SessionLimit !== undefined){
let data15 = data.SessionLimit;
if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){
const err15 = {instancePath:instancePath+"/SessionLimit",schemaPath:"#/properties/SessionLimit/type",keyword:"type",params:{type: schema36.properties.SessionLimit.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.FullName !== undefined){
let data16 = data.FullName;
if((typeof data16 !== "string") && (data16 !== null)){
const err16 = {instancePath:instancePath+"/FullName",schemaPath:"#/properties/FullName/type",keyword:"type",params:{type: schema36.properties.FullName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.FirstName !== undefined){
let data17 = data.FirstName;
if((typeof data17 !== "string") && (data17 !== null)){
const err17 = {instancePath:instancePath+"/FirstName",schemaPath:"#/properties/FirstName/type",keyword:"type",params:{type: schema36.properties.FirstName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.MiddleName !== undefined){
let data18 = data.MiddleName;
if((typeof data18 !== "string") && (data18 !== null)){
const err18 = {instancePath:instancePath+"/MiddleName",schemaPath:"#/properties/MiddleName/type",keyword:"type",params:{type: schema36.properties.MiddleName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.LastName !== undefined){
let data19 = data.LastName;
if((typeof data19 !== "string") && (data19 !== null)){
const err19 = {instancePath:instancePath+"/LastName",schemaPath:"#/properties/LastName/type",keyword:"type",params:{type: schema36.properties.LastName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.Prefix !== undefined){
let data20 = data.Prefix;
if((typeof data20 !== "string") && (data20 !== null)){
const err20 = {instancePath:instancePath+"/Prefix",schemaPath:"#/properties/Prefix/type",keyword:"type",params:{type: schema36.properties.Prefix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Suffix !== undefined){
let data21 = data.Suffix;
if((typeof data21 !== "string") && (data21 !== null)){
const err21 = {instancePath:instancePath+"/Suffix",schemaPath:"#/properties/Suffix/type",keyword:"type",params:{type: schema36.properties.Suffix.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.NickName !== undefined){
let data22 = data.NickName;
if((typeof data22 !== "string") && (data22 !== null)){
const err22 = {instancePath:instancePath+"/NickName",schemaPath:"#/properties/NickName/type",keyword:"type",params:{type: schema36.properties.NickName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.ProfileName !== undefined){
let data23 = data.ProfileName;
if((typeof data23 !== "string") && (data23 !== null)){
const err23 = {instancePath:instancePath+"/ProfileName",schemaPath:"#/properties/ProfileName/type",keyword:"type",params:{type: schema36.properties.ProfileName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.PhoneId !== undefined){
let data24 = data.PhoneId;
if((typeof data24 !== "string") && (data24 !== null)){
const err24 = {instancePath:instancePath+"/PhoneId",schemaPath:"#/properties/PhoneId/type",keyword:"type",params:{type: schema36.properties.PhoneId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.BirthDate !== undefined){
let data25 = data.BirthDate;
if((typeof data25 !== "string") && (data25 !== null)){
const err25 = {instancePath:instancePath+"/BirthDate",schemaPath:"#/properties/BirthDate/type",keyword:"type",params:{type: schema36.properties.BirthDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.Gender !== undefined){
let data26 = data.Gender;
if((typeof data26 !== "string") && (data26 !== null)){
const err26 = {instancePath:instancePath+"/Gender",schemaPath:"#/properties/Gender/type",keyword:"type",params:{type: schema36.properties.Gender.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.Age !== undefined){
let data27 = data.Age;
if((typeof data27 !== "string") && (data27 !== null)){
const err27 = {instancePath:instancePath+"/Age",schemaPath:"#/properties/Age/type",keyword:"type",params:{type: schema36.properties.Age.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.AgeRange !== undefined){
let data28 = data.AgeRange;
const _errs58 = errors;
let valid1 = false;
const _errs59 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.Min !== undefined){
let data29 = data28.Min;
if((!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))) && (data29 !== null)){
const err28 = {instancePath:instancePath+"/AgeRange/Min",schemaPath:"#/components/schemas/AgeRange/properties/Min/type",keyword:"type",params:{type: schema37.properties.Min.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data28.Max !== undefined){
let data30 = data28.Max;
if((!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) && (data30 !== null)){
const err29 = {instancePath:instancePath+"/AgeRange/Max",schemaPath:"#/components/schemas/AgeRange/properties/Max/type",keyword:"type",params:{type: schema37.properties.Max.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/AgeRange",schemaPath:"#/components/schemas/AgeRange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs59 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.Min = true;
props0.Max = true;
}
const _errs66 = errors;
if(data28 !== null){
const err31 = {instancePath:instancePath+"/AgeRange",schemaPath:"#/properties/AgeRange/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs66 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err32 = {instancePath:instancePath+"/AgeRange",schemaPath:"#/properties/AgeRange/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data.Website !== undefined){
let data31 = data.Website;
if((typeof data31 !== "string") && (data31 !== null)){
const err33 = {instancePath:instancePath+"/Website",schemaPath:"#/properties/Website/type",keyword:"type",params:{type: schema36.properties.Website.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.ThumbnailImageUrl !== undefined){
let data32 = data.ThumbnailImageUrl;
if((typeof data32 !== "string") && (data32 !== null)){
const err34 = {instancePath:instancePath+"/ThumbnailImageUrl",schemaPath:"#/properties/ThumbnailImageUrl/type",keyword:"type",params:{type: schema36.properties.ThumbnailImageUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.ImageUrl !== undefined){
let data33 = data.ImageUrl;
if((typeof data33 !== "string") && (data33 !== null)){
const err35 = {instancePath:instancePath+"/ImageUrl",schemaPath:"#/properties/ImageUrl/type",keyword:"type",params:{type: schema36.properties.ImageUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.HttpsImageUrl !== undefined){
let data34 = data.HttpsImageUrl;
if((typeof data34 !== "string") && (data34 !== null)){
const err36 = {instancePath:instancePath+"/HttpsImageUrl",schemaPath:"#/properties/HttpsImageUrl/type",keyword:"type",params:{type: schema36.properties.HttpsImageUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.GravatarImageUrl !== undefined){
let data35 = data.GravatarImageUrl;
if((typeof data35 !== "string") && (data35 !== null)){
const err37 = {instancePath:instancePath+"/GravatarImageUrl",schemaPath:"#/properties/GravatarImageUrl/type",keyword:"type",params:{type: schema36.properties.GravatarImageUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.CoverPhoto !== undefined){
let data36 = data.CoverPhoto;
if((typeof data36 !== "string") && (data36 !== null)){
const err38 = {instancePath:instancePath+"/CoverPhoto",schemaPath:"#/properties/CoverPhoto/type",keyword:"type",params:{type: schema36.properties.CoverPhoto.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.ProfileImageUrls !== undefined){
let data37 = data.ProfileImageUrls;
if((!(data37 && typeof data37 == "object" && !Array.isArray(data37))) && (data37 !== null)){
const err39 = {instancePath:instancePath+"/ProfileImageUrls",schemaPath:"#/properties/ProfileImageUrls/type",keyword:"type",params:{type: schema36.properties.ProfileImageUrls.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key0 in data37){
let data38 = data37[key0];
if((typeof data38 !== "string") && (data38 !== null)){
const err40 = {instancePath:instancePath+"/ProfileImageUrls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ProfileImageUrls/additionalProperties/type",keyword:"type",params:{type: schema36.properties.ProfileImageUrls.additionalProperties.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
if(data.Favicon !== undefined){
let data39 = data.Favicon;
if((typeof data39 !== "string") && (data39 !== null)){
const err41 = {instancePath:instancePath+"/Favicon",schemaPath:"#/properties/Favicon/type",keyword:"type",params:{type: schema36.properties.Favicon.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.ProfileUrl !== undefined){
let data40 = data.ProfileUrl;
if((typeof data40 !== "string") && (data40 !== null)){
const err42 = {instancePath:instancePath+"/ProfileUrl",schemaPath:"#/properties/ProfileUrl/type",keyword:"type",params:{type: schema36.properties.ProfileUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.WebProfiles !== undefined){
let data41 = data.WebProfiles;
if((!(data41 && typeof data41 == "object" && !Array.isArray(data41))) && (data41 !== null)){
const err43 = {instancePath:instancePath+"/WebProfiles",schemaPath:"#/properties/WebProfiles/type",keyword:"type",params:{type: schema36.properties.WebProfiles.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key1 in data41){
let data42 = data41[key1];
if((typeof data42 !== "string") && (data42 !== null)){
const err44 = {instancePath:instancePath+"/WebProfiles/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/WebProfiles/additionalProperties/type",keyword:"type",params:{type: schema36.properties.WebProfiles.additionalProperties.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
if(data.HomeTown !== undefined){
let data43 = data.HomeTown;
if((typeof data43 !== "string") && (data43 !== null)){
const err45 = {instancePath:instancePath+"/HomeTown",schemaPath:"#/properties/HomeTown/type",keyword:"type",params:{type: schema36.properties.HomeTown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.City !== undefined){
let data44 = data.City;
if((typeof data44 !== "string") && (data44 !== null)){
const err46 = {instancePath:instancePath+"/City",schemaPath:"#/properties/City/type",keyword:"type",params:{type: schema36.properties.City.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.State !== undefined){
let data45 = data.State;
if((typeof data45 !== "string") && (data45 !== null)){
const err47 = {instancePath:instancePath+"/State",schemaPath:"#/properties/State/type",keyword:"type",params:{type: schema36.properties.State.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.Country !== undefined){
let data46 = data.Country;
const _errs101 = errors;
let valid6 = false;
const _errs102 = errors;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.Code !== undefined){
let data47 = data46.Code;
if((typeof data47 !== "string") && (data47 !== null)){
const err48 = {instancePath:instancePath+"/Country/Code",schemaPath:"#/components/schemas/Country/properties/Code/type",keyword:"type",params:{type: schema38.properties.Code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data46.Name !== undefined){
let data48 = data46.Name;
if((typeof data48 !== "string") && (data48 !== null)){
const err49 = {instancePath:instancePath+"/Country/Name",schemaPath:"#/components/schemas/Country/properties/Name/type",keyword:"type",params:{type: schema38.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/Country",schemaPath:"#/components/schemas/Country/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid1 = _errs102 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props1 = {};
props1.Code = true;
props1.Name = true;
}
const _errs109 = errors;
if(data46 !== null){
const err51 = {instancePath:instancePath+"/Country",schemaPath:"#/properties/Country/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid1 = _errs109 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err52 = {instancePath:instancePath+"/Country",schemaPath:"#/properties/Country/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
}
if(data.LocalCity !== undefined){
let data49 = data.LocalCity;
if((typeof data49 !== "string") && (data49 !== null)){
const err53 = {instancePath:instancePath+"/LocalCity",schemaPath:"#/properties/LocalCity/type",keyword:"type",params:{type: schema36.properties.LocalCity.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.LocalCountry !== undefined){
let data50 = data.LocalCountry;
if((typeof data50 !== "string") && (data50 !== null)){
const err54 = {instancePath:instancePath+"/LocalCountry",schemaPath:"#/properties/LocalCountry/type",keyword:"type",params:{type: schema36.properties.LocalCountry.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.ProfileCity !== undefined){
let data51 = data.ProfileCity;
if((typeof data51 !== "string") && (data51 !== null)){
const err55 = {instancePath:instancePath+"/ProfileCity",schemaPath:"#/properties/ProfileCity/type",keyword:"type",params:{type: schema36.properties.ProfileCity.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.ProfileCountry !== undefined){
let data52 = data.ProfileCountry;
if((typeof data52 !== "string") && (data52 !== null)){
const err56 = {instancePath:instancePath+"/ProfileCountry",schemaPath:"#/properties/ProfileCountry/type",keyword:"type",params:{type: schema36.properties.ProfileCountry.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.MainAddress !== undefined){
let data53 = data.MainAddress;
if((typeof data53 !== "string") && (data53 !== null)){
const err57 = {instancePath:instancePath+"/MainAddress",schemaPath:"#/properties/MainAddress/type",keyword:"type",params:{type: schema36.properties.MainAddress.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.TimeZone !== undefined){
let data54 = data.TimeZone;
if((typeof data54 !== "string") && (data54 !== null)){
const err58 = {instancePath:instancePath+"/TimeZone",schemaPath:"#/properties/TimeZone/type",keyword:"type",params:{type: schema36.properties.TimeZone.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.LocalLanguage !== undefined){
let data55 = data.LocalLanguage;
if((typeof data55 !== "string") && (data55 !== null)){
const err59 = {instancePath:instancePath+"/LocalLanguage",schemaPath:"#/properties/LocalLanguage/type",keyword:"type",params:{type: schema36.properties.LocalLanguage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.Language !== undefined){
let data56 = data.Language;
if((typeof data56 !== "string") && (data56 !== null)){
const err60 = {instancePath:instancePath+"/Language",schemaPath:"#/properties/Language/type",keyword:"type",params:{type: schema36.properties.Language.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.Industry !== undefined){
let data57 = data.Industry;
if((typeof data57 !== "string") && (data57 !== null)){
const err61 = {instancePath:instancePath+"/Industry",schemaPath:"#/properties/Industry/type",keyword:"type",params:{type: schema36.properties.Industry.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.Company !== undefined){
let data58 = data.Company;
if((typeof data58 !== "string") && (data58 !== null)){
const err62 = {instancePath:instancePath+"/Company",schemaPath:"#/properties/Company/type",keyword:"type",params:{type: schema36.properties.Company.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.ProfessionalHeadline !== undefined){
let data59 = data.ProfessionalHeadline;
if((typeof data59 !== "string") && (data59 !== null)){
const err63 = {instancePath:instancePath+"/ProfessionalHeadline",schemaPath:"#/properties/ProfessionalHeadline/type",keyword:"type",params:{type: schema36.properties.ProfessionalHeadline.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.About !== undefined){
let data60 = data.About;
if((typeof data60 !== "string") && (data60 !== null)){
const err64 = {instancePath:instancePath+"/About",schemaPath:"#/properties/About/type",keyword:"type",params:{type: schema36.properties.About.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.TagLine !== undefined){
let data61 = data.TagLine;
if((typeof data61 !== "string") && (data61 !== null)){
const err65 = {instancePath:instancePath+"/TagLine",schemaPath:"#/properties/TagLine/type",keyword:"type",params:{type: schema36.properties.TagLine.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.Quote !== undefined){
let data62 = data.Quote;
if((typeof data62 !== "string") && (data62 !== null)){
const err66 = {instancePath:instancePath+"/Quote",schemaPath:"#/properties/Quote/type",keyword:"type",params:{type: schema36.properties.Quote.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.Associations !== undefined){
let data63 = data.Associations;
if((typeof data63 !== "string") && (data63 !== null)){
const err67 = {instancePath:instancePath+"/Associations",schemaPath:"#/properties/Associations/type",keyword:"type",params:{type: schema36.properties.Associations.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.Honors !== undefined){
let data64 = data.Honors;
if((typeof data64 !== "string") && (data64 !== null)){
const err68 = {instancePath:instancePath+"/Honors",schemaPath:"#/properties/Honors/type",keyword:"type",params:{type: schema36.properties.Honors.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.RelationshipStatus !== undefined){
let data65 = data.RelationshipStatus;
if((typeof data65 !== "string") && (data65 !== null)){
const err69 = {instancePath:instancePath+"/RelationshipStatus",schemaPath:"#/properties/RelationshipStatus/type",keyword:"type",params:{type: schema36.properties.RelationshipStatus.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.Religion !== undefined){
let data66 = data.Religion;
if((typeof data66 !== "string") && (data66 !== null)){
const err70 = {instancePath:instancePath+"/Religion",schemaPath:"#/properties/Religion/type",keyword:"type",params:{type: schema36.properties.Religion.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.Political !== undefined){
let data67 = data.Political;
if((typeof data67 !== "string") && (data67 !== null)){
const err71 = {instancePath:instancePath+"/Political",schemaPath:"#/properties/Political/type",keyword:"type",params:{type: schema36.properties.Political.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.Verified !== undefined){
let data68 = data.Verified;
if((typeof data68 !== "string") && (data68 !== null)){
const err72 = {instancePath:instancePath+"/Verified",schemaPath:"#/properties/Verified/type",keyword:"type",params:{type: schema36.properties.Verified.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.IsGeoEnabled !== undefined){
let data69 = data.IsGeoEnabled;
if((typeof data69 !== "string") && (data69 !== null)){
const err73 = {instancePath:instancePath+"/IsGeoEnabled",schemaPath:"#/properties/IsGeoEnabled/type",keyword:"type",params:{type: schema36.properties.IsGeoEnabled.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.Quota !== undefined){
let data70 = data.Quota;
if((typeof data70 !== "string") && (data70 !== null)){
const err74 = {instancePath:instancePath+"/Quota",schemaPath:"#/properties/Quota/type",keyword:"type",params:{type: schema36.properties.Quota.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.PublicRepository !== undefined){
let data71 = data.PublicRepository;
if((typeof data71 !== "string") && (data71 !== null)){
const err75 = {instancePath:instancePath+"/PublicRepository",schemaPath:"#/properties/PublicRepository/type",keyword:"type",params:{type: schema36.properties.PublicRepository.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.RepositoryUrl !== undefined){
let data72 = data.RepositoryUrl;
if((typeof data72 !== "string") && (data72 !== null)){
const err76 = {instancePath:instancePath+"/RepositoryUrl",schemaPath:"#/properties/RepositoryUrl/type",keyword:"type",params:{type: schema36.properties.RepositoryUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.StarredUrl !== undefined){
let data73 = data.StarredUrl;
if((typeof data73 !== "string") && (data73 !== null)){
const err77 = {instancePath:instancePath+"/StarredUrl",schemaPath:"#/properties/StarredUrl/type",keyword:"type",params:{type: schema36.properties.StarredUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.GistsUrl !== undefined){
let data74 = data.GistsUrl;
if((typeof data74 !== "string") && (data74 !== null)){
const err78 = {instancePath:instancePath+"/GistsUrl",schemaPath:"#/properties/GistsUrl/type",keyword:"type",params:{type: schema36.properties.GistsUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.Subscription !== undefined){
let data75 = data.Subscription;
const _errs164 = errors;
let valid9 = false;
const _errs165 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.Name !== undefined){
let data76 = data75.Name;
if((typeof data76 !== "string") && (data76 !== null)){
const err79 = {instancePath:instancePath+"/Subscription/Name",schemaPath:"#/components/schemas/Subscription/properties/Name/type",keyword:"type",params:{type: schema39.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data75.Space !== undefined){
let data77 = data75.Space;
if((typeof data77 !== "string") && (data77 !== null)){
const err80 = {instancePath:instancePath+"/Subscription/Space",schemaPath:"#/components/schemas/Subscription/properties/Space/type",keyword:"type",params:{type: schema39.properties.Space.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data75.PrivateRepos !== undefined){
let data78 = data75.PrivateRepos;
if((typeof data78 !== "string") && (data78 !== null)){
const err81 = {instancePath:instancePath+"/Subscription/PrivateRepos",schemaPath:"#/components/schemas/Subscription/properties/PrivateRepos/type",keyword:"type",params:{type: schema39.properties.PrivateRepos.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data75.Collaborators !== undefined){
let data79 = data75.Collaborators;
if((typeof data79 !== "string") && (data79 !== null)){
const err82 = {instancePath:instancePath+"/Subscription/Collaborators",schemaPath:"#/components/schemas/Subscription/properties/Collaborators/type",keyword:"type",params:{type: schema39.properties.Collaborators.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/Subscription",schemaPath:"#/components/schemas/Subscription/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid2 = _errs165 === errors;
valid9 = valid9 || _valid2;
if(_valid2){
var props2 = {};
props2.Name = true;
props2.Space = true;
props2.PrivateRepos = true;
props2.Collaborators = true;
}
const _errs176 = errors;
if(data75 !== null){
const err84 = {instancePath:instancePath+"/Subscription",schemaPath:"#/properties/Subscription/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid2 = _errs176 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err85 = {instancePath:instancePath+"/Subscription",schemaPath:"#/properties/Subscription/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
}
}
if(data.Currency !== undefined){
let data80 = data.Currency;
if((typeof data80 !== "string") && (data80 !== null)){
const err86 = {instancePath:instancePath+"/Currency",schemaPath:"#/properties/Currency/type",keyword:"type",params:{type: schema36.properties.Currency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.LRUserID !== undefined){
let data81 = data.LRUserID;
if((typeof data81 !== "string") && (data81 !== null)){
const err87 = {instancePath:instancePath+"/LRUserID",schemaPath:"#/properties/LRUserID/type",keyword:"type",params:{type: schema36.properties.LRUserID.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data.KloutScore !== undefined){
let data82 = data.KloutScore;
const _errs183 = errors;
let valid12 = false;
const _errs184 = errors;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.KloutId !== undefined){
let data83 = data82.KloutId;
if((typeof data83 !== "string") && (data83 !== null)){
const err88 = {instancePath:instancePath+"/KloutScore/KloutId",schemaPath:"#/components/schemas/KloutScore/properties/KloutId/type",keyword:"type",params:{type: schema40.properties.KloutId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data82.Score !== undefined){
let data84 = data82.Score;
if((!(typeof data84 == "number")) && (data84 !== null)){
const err89 = {instancePath:instancePath+"/KloutScore/Score",schemaPath:"#/components/schemas/KloutScore/properties/Score/type",keyword:"type",params:{type: schema40.properties.Score.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/KloutScore",schemaPath:"#/components/schemas/KloutScore/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid3 = _errs184 === errors;
valid12 = valid12 || _valid3;
if(_valid3){
var props3 = {};
props3.KloutId = true;
props3.Score = true;
}
const _errs191 = errors;
if(data82 !== null){
const err91 = {instancePath:instancePath+"/KloutScore",schemaPath:"#/properties/KloutScore/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid3 = _errs191 === errors;
valid12 = valid12 || _valid3;
if(!valid12){
const err92 = {instancePath:instancePath+"/KloutScore",schemaPath:"#/properties/KloutScore/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
}
}
if(data.Suggestions !== undefined){
let data85 = data.Suggestions;
const _errs194 = errors;
let valid15 = false;
const _errs195 = errors;
if(!(validate25(data85, {instancePath:instancePath+"/Suggestions",parentData:data,parentDataProperty:"Suggestions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid4 = _errs195 === errors;
valid15 = valid15 || _valid4;
if(_valid4){
var props4 = {};
props4.CompaniesToFollow = true;
props4.IndustriesToFollow = true;
props4.NewssourceToFollow = true;
props4.PeopleToFollow = true;
props4.SuggestedFriends = true;
}
const _errs196 = errors;
if(data85 !== null){
const err93 = {instancePath:instancePath+"/Suggestions",schemaPath:"#/properties/Suggestions/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid4 = _errs196 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const err94 = {instancePath:instancePath+"/Suggestions",schemaPath:"#/properties/Suggestions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs194;
if(vErrors !== null){
if(_errs194){
vErrors.length = _errs194;
}
else {
vErrors = null;
}
}
}
}
if(data.ProviderAccessCredential !== undefined){
let data86 = data.ProviderAccessCredential;
const _errs199 = errors;
let valid16 = false;
const _errs200 = errors;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.AccessToken !== undefined){
let data87 = data86.AccessToken;
if((typeof data87 !== "string") && (data87 !== null)){
const err95 = {instancePath:instancePath+"/ProviderAccessCredential/AccessToken",schemaPath:"#/components/schemas/ProviderAccessCredential/properties/AccessToken/type",keyword:"type",params:{type: schema46.properties.AccessToken.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data86.TokenSecret !== undefined){
let data88 = data86.TokenSecret;
if((typeof data88 !== "string") && (data88 !== null)){
const err96 = {instancePath:instancePath+"/ProviderAccessCredential/TokenSecret",schemaPath:"#/components/schemas/ProviderAccessCredential/properties/TokenSecret/type",keyword:"type",params:{type: schema46.properties.TokenSecret.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/ProviderAccessCredential",schemaPath:"#/components/schemas/ProviderAccessCredential/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid5 = _errs200 === errors;
valid16 = valid16 || _valid5;
if(_valid5){
var props5 = {};
props5.AccessToken = true;
props5.TokenSecret = true;
}
const _errs207 = errors;
if(data86 !== null){
const err98 = {instancePath:instancePath+"/ProviderAccessCredential",schemaPath:"#/properties/ProviderAccessCredential/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid5 = _errs207 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const err99 = {instancePath:instancePath+"/ProviderAccessCredential",schemaPath:"#/properties/ProviderAccessCredential/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
errors = _errs199;
if(vErrors !== null){
if(_errs199){
vErrors.length = _errs199;
}
else {
vErrors = null;
}
}
}
}
if(data.UpdatedTime !== undefined){
let data89 = data.UpdatedTime;
if((typeof data89 !== "string") && (data89 !== null)){
const err100 = {instancePath:instancePath+"/UpdatedTime",schemaPath:"#/properties/UpdatedTime/type",keyword:"type",params:{type: schema36.properties.UpdatedTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.Created !== undefined){
let data90 = data.Created;
if((typeof data90 !== "string") && (data90 !== null)){
const err101 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/type",keyword:"type",params:{type: schema36.properties.Created.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.CreatedDate !== undefined){
let data91 = data.CreatedDate;
if((typeof data91 !== "string") && (data91 !== null)){
const err102 = {instancePath:instancePath+"/CreatedDate",schemaPath:"#/properties/CreatedDate/type",keyword:"type",params:{type: schema36.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.ModifiedDate !== undefined){
let data92 = data.ModifiedDate;
if((typeof data92 !== "string") && (data92 !== null)){
const err103 = {instancePath:instancePath+"/ModifiedDate",schemaPath:"#/properties/ModifiedDate/type",keyword:"type",params:{type: schema36.properties.ModifiedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.ProfileModifiedDate !== undefined){
let data93 = data.ProfileModifiedDate;
if((typeof data93 !== "string") && (data93 !== null)){
const err104 = {instancePath:instancePath+"/ProfileModifiedDate",schemaPath:"#/properties/ProfileModifiedDate/type",keyword:"type",params:{type: schema36.properties.ProfileModifiedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.LastLoginDate !== undefined){
let data94 = data.LastLoginDate;
if((typeof data94 !== "string") && (data94 !== null)){
const err105 = {instancePath:instancePath+"/LastLoginDate",schemaPath:"#/properties/LastLoginDate/type",keyword:"type",params:{type: schema36.properties.LastLoginDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.SignupDate !== undefined){
let data95 = data.SignupDate;
if((typeof data95 !== "string") && (data95 !== null)){
const err106 = {instancePath:instancePath+"/SignupDate",schemaPath:"#/properties/SignupDate/type",keyword:"type",params:{type: schema36.properties.SignupDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.PreviousUids !== undefined){
let data96 = data.PreviousUids;
if((!(Array.isArray(data96))) && (data96 !== null)){
const err107 = {instancePath:instancePath+"/PreviousUids",schemaPath:"#/properties/PreviousUids/type",keyword:"type",params:{type: schema36.properties.PreviousUids.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(Array.isArray(data96)){
const len0 = data96.length;
for(let i0=0; i0<len0; i0++){
if(typeof data96[i0] !== "string"){
const err108 = {instancePath:instancePath+"/PreviousUids/" + i0,schemaPath:"#/properties/PreviousUids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
if(data.InterestedIn !== undefined){
let data98 = data.InterestedIn;
if((!(Array.isArray(data98))) && (data98 !== null)){
const err109 = {instancePath:instancePath+"/InterestedIn",schemaPath:"#/properties/InterestedIn/type",keyword:"type",params:{type: schema36.properties.InterestedIn.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(Array.isArray(data98)){
const len1 = data98.length;
for(let i1=0; i1<len1; i1++){
if(typeof data98[i1] !== "string"){
const err110 = {instancePath:instancePath+"/InterestedIn/" + i1,schemaPath:"#/properties/InterestedIn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
}
if(data.Email !== undefined){
let data100 = data.Email;
if((!(Array.isArray(data100))) && (data100 !== null)){
const err111 = {instancePath:instancePath+"/Email",schemaPath:"#/properties/Email/type",keyword:"type",params:{type: schema36.properties.Email.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(Array.isArray(data100)){
const len2 = data100.length;
for(let i2=0; i2<len2; i2++){
let data101 = data100[i2];
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.Type !== undefined){
let data102 = data101.Type;
if((typeof data102 !== "string") && (data102 !== null)){
const err112 = {instancePath:instancePath+"/Email/" + i2+"/Type",schemaPath:"#/components/schemas/Email/properties/Type/type",keyword:"type",params:{type: schema47.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data101.Value !== undefined){
let data103 = data101.Value;
if((typeof data103 !== "string") && (data103 !== null)){
const err113 = {instancePath:instancePath+"/Email/" + i2+"/Value",schemaPath:"#/components/schemas/Email/properties/Value/type",keyword:"type",params:{type: schema47.properties.Value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/Email/" + i2,schemaPath:"#/components/schemas/Email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
}
if(data.PhoneNumbers !== undefined){
let data104 = data.PhoneNumbers;
if((!(Array.isArray(data104))) && (data104 !== null)){
const err115 = {instancePath:instancePath+"/PhoneNumbers",schemaPath:"#/properties/PhoneNumbers/type",keyword:"type",params:{type: schema36.properties.PhoneNumbers.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(Array.isArray(data104)){
const len3 = data104.length;
for(let i3=0; i3<len3; i3++){
let data105 = data104[i3];
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(data105.PhoneType !== undefined){
let data106 = data105.PhoneType;
if((typeof data106 !== "string") && (data106 !== null)){
const err116 = {instancePath:instancePath+"/PhoneNumbers/" + i3+"/PhoneType",schemaPath:"#/components/schemas/PhoneNumber/properties/PhoneType/type",keyword:"type",params:{type: schema48.properties.PhoneType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data105.PhoneNumber !== undefined){
let data107 = data105.PhoneNumber;
if((typeof data107 !== "string") && (data107 !== null)){
const err117 = {instancePath:instancePath+"/PhoneNumbers/" + i3+"/PhoneNumber",schemaPath:"#/components/schemas/PhoneNumber/properties/PhoneNumber/type",keyword:"type",params:{type: schema48.properties.PhoneNumber.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data105.Operation !== undefined){
let data108 = data105.Operation;
if((typeof data108 !== "string") && (data108 !== null)){
const err118 = {instancePath:instancePath+"/PhoneNumbers/" + i3+"/Operation",schemaPath:"#/components/schemas/PhoneNumber/properties/Operation/type",keyword:"type",params:{type: schema48.properties.Operation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data105.op !== undefined){
let data109 = data105.op;
if((typeof data109 !== "string") && (data109 !== null)){
const err119 = {instancePath:instancePath+"/PhoneNumbers/" + i3+"/op",schemaPath:"#/components/schemas/PhoneNumber/properties/op/type",keyword:"type",params:{type: schema48.properties.op.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/PhoneNumbers/" + i3,schemaPath:"#/components/schemas/PhoneNumber/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
}
if(data.Addresses !== undefined){
let data110 = data.Addresses;
if((!(Array.isArray(data110))) && (data110 !== null)){
const err121 = {instancePath:instancePath+"/Addresses",schemaPath:"#/properties/Addresses/type",keyword:"type",params:{type: schema36.properties.Addresses.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(Array.isArray(data110)){
const len4 = data110.length;
for(let i4=0; i4<len4; i4++){
let data111 = data110[i4];
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.Type !== undefined){
let data112 = data111.Type;
if((typeof data112 !== "string") && (data112 !== null)){
const err122 = {instancePath:instancePath+"/Addresses/" + i4+"/Type",schemaPath:"#/components/schemas/Address/properties/Type/type",keyword:"type",params:{type: schema49.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data111.AddressType !== undefined){
let data113 = data111.AddressType;
if((typeof data113 !== "string") && (data113 !== null)){
const err123 = {instancePath:instancePath+"/Addresses/" + i4+"/AddressType",schemaPath:"#/components/schemas/Address/properties/AddressType/type",keyword:"type",params:{type: schema49.properties.AddressType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data111.Address1 !== undefined){
let data114 = data111.Address1;
if((typeof data114 !== "string") && (data114 !== null)){
const err124 = {instancePath:instancePath+"/Addresses/" + i4+"/Address1",schemaPath:"#/components/schemas/Address/properties/Address1/type",keyword:"type",params:{type: schema49.properties.Address1.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data111.Address2 !== undefined){
let data115 = data111.Address2;
if((typeof data115 !== "string") && (data115 !== null)){
const err125 = {instancePath:instancePath+"/Addresses/" + i4+"/Address2",schemaPath:"#/components/schemas/Address/properties/Address2/type",keyword:"type",params:{type: schema49.properties.Address2.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data111.City !== undefined){
let data116 = data111.City;
if((typeof data116 !== "string") && (data116 !== null)){
const err126 = {instancePath:instancePath+"/Addresses/" + i4+"/City",schemaPath:"#/components/schemas/Address/properties/City/type",keyword:"type",params:{type: schema49.properties.City.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data111.State !== undefined){
let data117 = data111.State;
if((typeof data117 !== "string") && (data117 !== null)){
const err127 = {instancePath:instancePath+"/Addresses/" + i4+"/State",schemaPath:"#/components/schemas/Address/properties/State/type",keyword:"type",params:{type: schema49.properties.State.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data111.PostalCode !== undefined){
let data118 = data111.PostalCode;
if((typeof data118 !== "string") && (data118 !== null)){
const err128 = {instancePath:instancePath+"/Addresses/" + i4+"/PostalCode",schemaPath:"#/components/schemas/Address/properties/PostalCode/type",keyword:"type",params:{type: schema49.properties.PostalCode.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data111.Region !== undefined){
let data119 = data111.Region;
if((typeof data119 !== "string") && (data119 !== null)){
const err129 = {instancePath:instancePath+"/Addresses/" + i4+"/Region",schemaPath:"#/components/schemas/Address/properties/Region/type",keyword:"type",params:{type: schema49.properties.Region.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data111.Country !== undefined){
let data120 = data111.Country;
if((typeof data120 !== "string") && (data120 !== null)){
const err130 = {instancePath:instancePath+"/Addresses/" + i4+"/Country",schemaPath:"#/components/schemas/Address/properties/Country/type",keyword:"type",params:{type: schema49.properties.Country.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data111.Operation !== undefined){
let data121 = data111.Operation;
if((typeof data121 !== "string") && (data121 !== null)){
const err131 = {instancePath:instancePath+"/Addresses/" + i4+"/Operation",schemaPath:"#/components/schemas/Address/properties/Operation/type",keyword:"type",params:{type: schema49.properties.Operation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data111.Op !== undefined){
let data122 = data111.Op;
if((typeof data122 !== "string") && (data122 !== null)){
const err132 = {instancePath:instancePath+"/Addresses/" + i4+"/Op",schemaPath:"#/components/schemas/Address/properties/Op/type",keyword:"type",params:{type: schema49.properties.Op.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/Addresses/" + i4,schemaPath:"#/components/schemas/Address/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
}
if(data.IMAccounts !== undefined){
let data123 = data.IMAccounts;
if((!(Array.isArray(data123))) && (data123 !== null)){
const err134 = {instancePath:instancePath+"/IMAccounts",schemaPath:"#/properties/IMAccounts/type",keyword:"type",params:{type: schema36.properties.IMAccounts.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(Array.isArray(data123)){
const len5 = data123.length;
for(let i5=0; i5<len5; i5++){
let data124 = data123[i5];
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
if(data124.AccountType !== undefined){
let data125 = data124.AccountType;
if((typeof data125 !== "string") && (data125 !== null)){
const err135 = {instancePath:instancePath+"/IMAccounts/" + i5+"/AccountType",schemaPath:"#/components/schemas/IMAccount/properties/AccountType/type",keyword:"type",params:{type: schema50.properties.AccountType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data124.AccountName !== undefined){
let data126 = data124.AccountName;
if((typeof data126 !== "string") && (data126 !== null)){
const err136 = {instancePath:instancePath+"/IMAccounts/" + i5+"/AccountName",schemaPath:"#/components/schemas/IMAccount/properties/AccountName/type",keyword:"type",params:{type: schema50.properties.AccountName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/IMAccounts/" + i5,schemaPath:"#/components/schemas/IMAccount/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
if(data.Positions !== undefined){
let data127 = data.Positions;
if((!(Array.isArray(data127))) && (data127 !== null)){
const err138 = {instancePath:instancePath+"/Positions",schemaPath:"#/properties/Positions/type",keyword:"type",params:{type: schema36.properties.Positions.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(Array.isArray(data127)){
const len6 = data127.length;
for(let i6=0; i6<len6; i6++){
if(!(validate27(data127[i6], {instancePath:instancePath+"/Positions/" + i6,parentData:data127,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
}
if(data.Educations !== undefined){
let data129 = data.Educations;
if((!(Array.isArray(data129))) && (data129 !== null)){
const err139 = {instancePath:instancePath+"/Educations",schemaPath:"#/properties/Educations/type",keyword:"type",params:{type: schema36.properties.Educations.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(Array.isArray(data129)){
const len7 = data129.length;
for(let i7=0; i7<len7; i7++){
let data130 = data129[i7];
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
if(data130.School !== undefined){
let data131 = data130.School;
if((typeof data131 !== "string") && (data131 !== null)){
const err140 = {instancePath:instancePath+"/Educations/" + i7+"/School",schemaPath:"#/components/schemas/Education/properties/School/type",keyword:"type",params:{type: schema54.properties.School.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data130.Year !== undefined){
let data132 = data130.Year;
if((typeof data132 !== "string") && (data132 !== null)){
const err141 = {instancePath:instancePath+"/Educations/" + i7+"/Year",schemaPath:"#/components/schemas/Education/properties/Year/type",keyword:"type",params:{type: schema54.properties.Year.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data130.Type !== undefined){
let data133 = data130.Type;
if((typeof data133 !== "string") && (data133 !== null)){
const err142 = {instancePath:instancePath+"/Educations/" + i7+"/Type",schemaPath:"#/components/schemas/Education/properties/Type/type",keyword:"type",params:{type: schema54.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data130.Notes !== undefined){
let data134 = data130.Notes;
if((typeof data134 !== "string") && (data134 !== null)){
const err143 = {instancePath:instancePath+"/Educations/" + i7+"/Notes",schemaPath:"#/components/schemas/Education/properties/Notes/type",keyword:"type",params:{type: schema54.properties.Notes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data130.Activities !== undefined){
let data135 = data130.Activities;
if((typeof data135 !== "string") && (data135 !== null)){
const err144 = {instancePath:instancePath+"/Educations/" + i7+"/Activities",schemaPath:"#/components/schemas/Education/properties/Activities/type",keyword:"type",params:{type: schema54.properties.Activities.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data130.Degree !== undefined){
let data136 = data130.Degree;
if((typeof data136 !== "string") && (data136 !== null)){
const err145 = {instancePath:instancePath+"/Educations/" + i7+"/Degree",schemaPath:"#/components/schemas/Education/properties/Degree/type",keyword:"type",params:{type: schema54.properties.Degree.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data130.FieldOfStudy !== undefined){
let data137 = data130.FieldOfStudy;
if((typeof data137 !== "string") && (data137 !== null)){
const err146 = {instancePath:instancePath+"/Educations/" + i7+"/FieldOfStudy",schemaPath:"#/components/schemas/Education/properties/FieldOfStudy/type",keyword:"type",params:{type: schema54.properties.FieldOfStudy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data130.StartDate !== undefined){
let data138 = data130.StartDate;
if((typeof data138 !== "string") && (data138 !== null)){
const err147 = {instancePath:instancePath+"/Educations/" + i7+"/StartDate",schemaPath:"#/components/schemas/Education/properties/StartDate/type",keyword:"type",params:{type: schema54.properties.StartDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data130.EndDate !== undefined){
let data139 = data130.EndDate;
if((typeof data139 !== "string") && (data139 !== null)){
const err148 = {instancePath:instancePath+"/Educations/" + i7+"/EndDate",schemaPath:"#/components/schemas/Education/properties/EndDate/type",keyword:"type",params:{type: schema54.properties.EndDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/Educations/" + i7,schemaPath:"#/components/schemas/Education/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
}
if(data.Interests !== undefined){
let data140 = data.Interests;
if((!(Array.isArray(data140))) && (data140 !== null)){
const err150 = {instancePath:instancePath+"/Interests",schemaPath:"#/properties/Interests/type",keyword:"type",params:{type: schema36.properties.Interests.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(Array.isArray(data140)){
const len8 = data140.length;
for(let i8=0; i8<len8; i8++){
let data141 = data140[i8];
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
if(data141.InterestedType !== undefined){
let data142 = data141.InterestedType;
if((typeof data142 !== "string") && (data142 !== null)){
const err151 = {instancePath:instancePath+"/Interests/" + i8+"/InterestedType",schemaPath:"#/components/schemas/Interest/properties/InterestedType/type",keyword:"type",params:{type: schema55.properties.InterestedType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data141.InterestedName !== undefined){
let data143 = data141.InterestedName;
if((typeof data143 !== "string") && (data143 !== null)){
const err152 = {instancePath:instancePath+"/Interests/" + i8+"/InterestedName",schemaPath:"#/components/schemas/Interest/properties/InterestedName/type",keyword:"type",params:{type: schema55.properties.InterestedName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data141.InterestType !== undefined){
let data144 = data141.InterestType;
if((typeof data144 !== "string") && (data144 !== null)){
const err153 = {instancePath:instancePath+"/Interests/" + i8+"/InterestType",schemaPath:"#/components/schemas/Interest/properties/InterestType/type",keyword:"type",params:{type: schema55.properties.InterestType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data141.InterestName !== undefined){
let data145 = data141.InterestName;
if((typeof data145 !== "string") && (data145 !== null)){
const err154 = {instancePath:instancePath+"/Interests/" + i8+"/InterestName",schemaPath:"#/components/schemas/Interest/properties/InterestName/type",keyword:"type",params:{type: schema55.properties.InterestName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/Interests/" + i8,schemaPath:"#/components/schemas/Interest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
}
if(data.Sports !== undefined){
let data146 = data.Sports;
if((!(Array.isArray(data146))) && (data146 !== null)){
const err156 = {instancePath:instancePath+"/Sports",schemaPath:"#/properties/Sports/type",keyword:"type",params:{type: schema36.properties.Sports.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(Array.isArray(data146)){
const len9 = data146.length;
for(let i9=0; i9<len9; i9++){
let data147 = data146[i9];
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
if(data147.Id !== undefined){
let data148 = data147.Id;
if((typeof data148 !== "string") && (data148 !== null)){
const err157 = {instancePath:instancePath+"/Sports/" + i9+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data147.Name !== undefined){
let data149 = data147.Name;
if((typeof data149 !== "string") && (data149 !== null)){
const err158 = {instancePath:instancePath+"/Sports/" + i9+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/Sports/" + i9,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
}
if(data.InspirationalPeople !== undefined){
let data150 = data.InspirationalPeople;
if((!(Array.isArray(data150))) && (data150 !== null)){
const err160 = {instancePath:instancePath+"/InspirationalPeople",schemaPath:"#/properties/InspirationalPeople/type",keyword:"type",params:{type: schema36.properties.InspirationalPeople.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(Array.isArray(data150)){
const len10 = data150.length;
for(let i10=0; i10<len10; i10++){
let data151 = data150[i10];
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(data151.Id !== undefined){
let data152 = data151.Id;
if((typeof data152 !== "string") && (data152 !== null)){
const err161 = {instancePath:instancePath+"/InspirationalPeople/" + i10+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data151.Name !== undefined){
let data153 = data151.Name;
if((typeof data153 !== "string") && (data153 !== null)){
const err162 = {instancePath:instancePath+"/InspirationalPeople/" + i10+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/InspirationalPeople/" + i10,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
}
if(data.Awards !== undefined){
let data154 = data.Awards;
if((!(Array.isArray(data154))) && (data154 !== null)){
const err164 = {instancePath:instancePath+"/Awards",schemaPath:"#/properties/Awards/type",keyword:"type",params:{type: schema36.properties.Awards.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(Array.isArray(data154)){
const len11 = data154.length;
for(let i11=0; i11<len11; i11++){
let data155 = data154[i11];
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
if(data155.Id !== undefined){
let data156 = data155.Id;
if((typeof data156 !== "string") && (data156 !== null)){
const err165 = {instancePath:instancePath+"/Awards/" + i11+"/Id",schemaPath:"#/components/schemas/Award/properties/Id/type",keyword:"type",params:{type: schema58.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data155.Name !== undefined){
let data157 = data155.Name;
if((typeof data157 !== "string") && (data157 !== null)){
const err166 = {instancePath:instancePath+"/Awards/" + i11+"/Name",schemaPath:"#/components/schemas/Award/properties/Name/type",keyword:"type",params:{type: schema58.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data155.Issuer !== undefined){
let data158 = data155.Issuer;
if((typeof data158 !== "string") && (data158 !== null)){
const err167 = {instancePath:instancePath+"/Awards/" + i11+"/Issuer",schemaPath:"#/components/schemas/Award/properties/Issuer/type",keyword:"type",params:{type: schema58.properties.Issuer.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/Awards/" + i11,schemaPath:"#/components/schemas/Award/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
}
if(data.Skills !== undefined){
let data159 = data.Skills;
if((!(Array.isArray(data159))) && (data159 !== null)){
const err169 = {instancePath:instancePath+"/Skills",schemaPath:"#/properties/Skills/type",keyword:"type",params:{type: schema36.properties.Skills.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(Array.isArray(data159)){
const len12 = data159.length;
for(let i12=0; i12<len12; i12++){
let data160 = data159[i12];
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(data160.Id !== undefined){
let data161 = data160.Id;
if((typeof data161 !== "string") && (data161 !== null)){
const err170 = {instancePath:instancePath+"/Skills/" + i12+"/Id",schemaPath:"#/components/schemas/NamedReference/properties/Id/type",keyword:"type",params:{type: schema42.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data160.Name !== undefined){
let data162 = data160.Name;
if((typeof data162 !== "string") && (data162 !== null)){
const err171 = {instancePath:instancePath+"/Skills/" + i12+"/Name",schemaPath:"#/components/schemas/NamedReference/properties/Name/type",keyword:"type",params:{type: schema42.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/Skills/" + i12,schemaPath:"#/components/schemas/NamedReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
}
if(data.CurrentStatus !== undefined){
let data163 = data.CurrentStatus;
if((!(Array.isArray(data163))) && (data163 !== null)){
const err173 = {instancePath:instancePath+"/CurrentStatus",schemaPath:"#/properties/CurrentStatus/type",keyword:"type",params:{type: schema36.properties.CurrentStatus.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(Array.isArray(data163)){
const len13 = data163.length;
for(let i13=0; i13<len13; i13++){
let data164 = data163[i13];
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.Id !== undefined){
let data165 = data164.Id;
if((typeof data165 !== "string") && (data165 !== null)){
const err174 = {instancePath:instancePath+"/CurrentStatus/" + i13+"/Id",schemaPath:"#/components/schemas/StatusUpdate/properties/Id/type",keyword:"type",params:{type: schema60.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data164.Text !== undefined){
let data166 = data164.Text;
if((typeof data166 !== "string") && (data166 !== null)){
const err175 = {instancePath:instancePath+"/CurrentStatus/" + i13+"/Text",schemaPath:"#/components/schemas/StatusUpdate/properties/Text/type",keyword:"type",params:{type: schema60.properties.Text.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data164.Source !== undefined){
let data167 = data164.Source;
if((typeof data167 !== "string") && (data167 !== null)){
const err176 = {instancePath:instancePath+"/CurrentStatus/" + i13+"/Source",schemaPath:"#/components/schemas/StatusUpdate/properties/Source/type",keyword:"type",params:{type: schema60.properties.Source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data164.CreatedDate !== undefined){
let data168 = data164.CreatedDate;
if((typeof data168 !== "string") && (data168 !== null)){
const err177 = {instancePath:instancePath+"/CurrentStatus/" + i13+"/CreatedDate",schemaPath:"#/components/schemas/StatusUpdate/properties/CreatedDate/type",keyword:"type",params:{type: schema60.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/CurrentStatus/" + i13,schemaPath:"#/components/schemas/StatusUpdate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
}
if(data.Certifications !== undefined){
let data169 = data.Certifications;
if((!(Array.isArray(data169))) && (data169 !== null)){
const err179 = {instancePath:instancePath+"/Certifications",schemaPath:"#/properties/Certifications/type",keyword:"type",params:{type: schema36.properties.Certifications.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(Array.isArray(data169)){
const len14 = data169.length;
for(let i14=0; i14<len14; i14++){
let data170 = data169[i14];
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
if(data170.Id !== undefined){
let data171 = data170.Id;
if((typeof data171 !== "string") && (data171 !== null)){
const err180 = {instancePath:instancePath+"/Certifications/" + i14+"/Id",schemaPath:"#/components/schemas/Certification/properties/Id/type",keyword:"type",params:{type: schema61.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data170.Name !== undefined){
let data172 = data170.Name;
if((typeof data172 !== "string") && (data172 !== null)){
const err181 = {instancePath:instancePath+"/Certifications/" + i14+"/Name",schemaPath:"#/components/schemas/Certification/properties/Name/type",keyword:"type",params:{type: schema61.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data170.Authority !== undefined){
let data173 = data170.Authority;
if((typeof data173 !== "string") && (data173 !== null)){
const err182 = {instancePath:instancePath+"/Certifications/" + i14+"/Authority",schemaPath:"#/components/schemas/Certification/properties/Authority/type",keyword:"type",params:{type: schema61.properties.Authority.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data170.Number !== undefined){
let data174 = data170.Number;
if((typeof data174 !== "string") && (data174 !== null)){
const err183 = {instancePath:instancePath+"/Certifications/" + i14+"/Number",schemaPath:"#/components/schemas/Certification/properties/Number/type",keyword:"type",params:{type: schema61.properties.Number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data170.StartDate !== undefined){
let data175 = data170.StartDate;
if((typeof data175 !== "string") && (data175 !== null)){
const err184 = {instancePath:instancePath+"/Certifications/" + i14+"/StartDate",schemaPath:"#/components/schemas/Certification/properties/StartDate/type",keyword:"type",params:{type: schema61.properties.StartDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data170.EndDate !== undefined){
let data176 = data170.EndDate;
if((typeof data176 !== "string") && (data176 !== null)){
const err185 = {instancePath:instancePath+"/Certifications/" + i14+"/EndDate",schemaPath:"#/components/schemas/Certification/properties/EndDate/type",keyword:"type",params:{type: schema61.properties.EndDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/Certifications/" + i14,schemaPath:"#/components/schemas/Certification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
}
if(data.Courses !== undefined){
let data177 = data.Courses;
if((!(Array.isArray(data177))) && (data177 !== null)){
const err187 = {instancePath:instancePath+"/Courses",schemaPath:"#/properties/Courses/type",keyword:"type",params:{type: schema36.properties.Courses.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(Array.isArray(data177)){
const len15 = data177.length;
for(let i15=0; i15<len15; i15++){
let data178 = data177[i15];
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.Id !== undefined){
let data179 = data178.Id;
if((typeof data179 !== "string") && (data179 !== null)){
const err188 = {instancePath:instancePath+"/Courses/" + i15+"/Id",schemaPath:"#/components/schemas/Course/properties/Id/type",keyword:"type",params:{type: schema62.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data178.Name !== undefined){
let data180 = data178.Name;
if((typeof data180 !== "string") && (data180 !== null)){
const err189 = {instancePath:instancePath+"/Courses/" + i15+"/Name",schemaPath:"#/components/schemas/Course/properties/Name/type",keyword:"type",params:{type: schema62.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data178.Number !== undefined){
let data181 = data178.Number;
if((typeof data181 !== "string") && (data181 !== null)){
const err190 = {instancePath:instancePath+"/Courses/" + i15+"/Number",schemaPath:"#/components/schemas/Course/properties/Number/type",keyword:"type",params:{type: schema62.properties.Number.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/Courses/" + i15,schemaPath:"#/components/schemas/Course/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
}
if(data.Volunteer !== undefined){
let data182 = data.Volunteer;
if((!(Array.isArray(data182))) && (data182 !== null)){
const err192 = {instancePath:instancePath+"/Volunteer",schemaPath:"#/properties/Volunteer/type",keyword:"type",params:{type: schema36.properties.Volunteer.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(Array.isArray(data182)){
const len16 = data182.length;
for(let i16=0; i16<len16; i16++){
let data183 = data182[i16];
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
if(data183.Id !== undefined){
let data184 = data183.Id;
if((typeof data184 !== "string") && (data184 !== null)){
const err193 = {instancePath:instancePath+"/Volunteer/" + i16+"/Id",schemaPath:"#/components/schemas/VolunteerExperience/properties/Id/type",keyword:"type",params:{type: schema63.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data183.Role !== undefined){
let data185 = data183.Role;
if((typeof data185 !== "string") && (data185 !== null)){
const err194 = {instancePath:instancePath+"/Volunteer/" + i16+"/Role",schemaPath:"#/components/schemas/VolunteerExperience/properties/Role/type",keyword:"type",params:{type: schema63.properties.Role.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data183.Organization !== undefined){
let data186 = data183.Organization;
if((typeof data186 !== "string") && (data186 !== null)){
const err195 = {instancePath:instancePath+"/Volunteer/" + i16+"/Organization",schemaPath:"#/components/schemas/VolunteerExperience/properties/Organization/type",keyword:"type",params:{type: schema63.properties.Organization.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data183.Cause !== undefined){
let data187 = data183.Cause;
if((typeof data187 !== "string") && (data187 !== null)){
const err196 = {instancePath:instancePath+"/Volunteer/" + i16+"/Cause",schemaPath:"#/components/schemas/VolunteerExperience/properties/Cause/type",keyword:"type",params:{type: schema63.properties.Cause.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/Volunteer/" + i16,schemaPath:"#/components/schemas/VolunteerExperience/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
}
if(data.RecommendationsReceived !== undefined){
let data188 = data.RecommendationsReceived;
if((!(Array.isArray(data188))) && (data188 !== null)){
const err198 = {instancePath:instancePath+"/RecommendationsReceived",schemaPath:"#/properties/RecommendationsReceived/type",keyword:"type",params:{type: schema36.properties.RecommendationsReceived.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(Array.isArray(data188)){
const len17 = data188.length;
for(let i17=0; i17<len17; i17++){
let data189 = data188[i17];
if(data189 && typeof data189 == "object" && !Array.isArray(data189)){
if(data189.Id !== undefined){
let data190 = data189.Id;
if((typeof data190 !== "string") && (data190 !== null)){
const err199 = {instancePath:instancePath+"/RecommendationsReceived/" + i17+"/Id",schemaPath:"#/components/schemas/Recommendation/properties/Id/type",keyword:"type",params:{type: schema64.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data189.RecommendationType !== undefined){
let data191 = data189.RecommendationType;
if((typeof data191 !== "string") && (data191 !== null)){
const err200 = {instancePath:instancePath+"/RecommendationsReceived/" + i17+"/RecommendationType",schemaPath:"#/components/schemas/Recommendation/properties/RecommendationType/type",keyword:"type",params:{type: schema64.properties.RecommendationType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data189.RecommendationText !== undefined){
let data192 = data189.RecommendationText;
if((typeof data192 !== "string") && (data192 !== null)){
const err201 = {instancePath:instancePath+"/RecommendationsReceived/" + i17+"/RecommendationText",schemaPath:"#/components/schemas/Recommendation/properties/RecommendationText/type",keyword:"type",params:{type: schema64.properties.RecommendationText.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data189.Recommender !== undefined){
let data193 = data189.Recommender;
if((typeof data193 !== "string") && (data193 !== null)){
const err202 = {instancePath:instancePath+"/RecommendationsReceived/" + i17+"/Recommender",schemaPath:"#/components/schemas/Recommendation/properties/Recommender/type",keyword:"type",params:{type: schema64.properties.Recommender.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/RecommendationsReceived/" + i17,schemaPath:"#/components/schemas/Recommendation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
}
if(data.Languages !== undefined){
let data194 = data.Languages;
if((!(Array.isArray(data194))) && (data194 !== null)){
const err204 = {instancePath:instancePath+"/Languages",schemaPath:"#/properties/Languages/type",keyword:"type",params:{type: schema36.properties.Languages.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(Array.isArray(data194)){
const len18 = data194.length;
for(let i18=0; i18<len18; i18++){
let data195 = data194[i18];
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
if(data195.Id !== undefined){
let data196 = data195.Id;
if((typeof data196 !== "string") && (data196 !== null)){
const err205 = {instancePath:instancePath+"/Languages/" + i18+"/Id",schemaPath:"#/components/schemas/Language/properties/Id/type",keyword:"type",params:{type: schema65.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data195.Name !== undefined){
let data197 = data195.Name;
if((typeof data197 !== "string") && (data197 !== null)){
const err206 = {instancePath:instancePath+"/Languages/" + i18+"/Name",schemaPath:"#/components/schemas/Language/properties/Name/type",keyword:"type",params:{type: schema65.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data195.Proficiency !== undefined){
let data198 = data195.Proficiency;
if((typeof data198 !== "string") && (data198 !== null)){
const err207 = {instancePath:instancePath+"/Languages/" + i18+"/Proficiency",schemaPath:"#/components/schemas/Language/properties/Proficiency/type",keyword:"type",params:{type: schema65.properties.Proficiency.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data195.op !== undefined){
let data199 = data195.op;
if((typeof data199 !== "string") && (data199 !== null)){
const err208 = {instancePath:instancePath+"/Languages/" + i18+"/op",schemaPath:"#/components/schemas/Language/properties/op/type",keyword:"type",params:{type: schema65.properties.op.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/Languages/" + i18,schemaPath:"#/components/schemas/Language/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
}
if(data.Projects !== undefined){
let data200 = data.Projects;
if((!(Array.isArray(data200))) && (data200 !== null)){
const err210 = {instancePath:instancePath+"/Projects",schemaPath:"#/properties/Projects/type",keyword:"type",params:{type: schema36.properties.Projects.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(Array.isArray(data200)){
const len19 = data200.length;
for(let i19=0; i19<len19; i19++){
if(!(validate29(data200[i19], {instancePath:instancePath+"/Projects/" + i19,parentData:data200,parentDataProperty:i19,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
}
if(data.Games !== undefined){
let data202 = data.Games;
if((!(Array.isArray(data202))) && (data202 !== null)){
const err211 = {instancePath:instancePath+"/Games",schemaPath:"#/properties/Games/type",keyword:"type",params:{type: schema36.properties.Games.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(Array.isArray(data202)){
const len20 = data202.length;
for(let i20=0; i20<len20; i20++){
let data203 = data202[i20];
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.Id !== undefined){
let data204 = data203.Id;
if((typeof data204 !== "string") && (data204 !== null)){
const err212 = {instancePath:instancePath+"/Games/" + i20+"/Id",schemaPath:"#/components/schemas/CategorizedItem/properties/Id/type",keyword:"type",params:{type: schema68.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data203.Category !== undefined){
let data205 = data203.Category;
if((typeof data205 !== "string") && (data205 !== null)){
const err213 = {instancePath:instancePath+"/Games/" + i20+"/Category",schemaPath:"#/components/schemas/CategorizedItem/properties/Category/type",keyword:"type",params:{type: schema68.properties.Category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data203.Name !== undefined){
let data206 = data203.Name;
if((typeof data206 !== "string") && (data206 !== null)){
const err214 = {instancePath:instancePath+"/Games/" + i20+"/Name",schemaPath:"#/components/schemas/CategorizedItem/properties/Name/type",keyword:"type",params:{type: schema68.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data203.CreatedDate !== undefined){
let data207 = data203.CreatedDate;
if((typeof data207 !== "string") && (data207 !== null)){
const err215 = {instancePath:instancePath+"/Games/" + i20+"/CreatedDate",schemaPath:"#/components/schemas/CategorizedItem/properties/CreatedDate/type",keyword:"type",params:{type: schema68.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/Games/" + i20,schemaPath:"#/components/schemas/CategorizedItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
}
if(data.Family !== undefined){
let data208 = data.Family;
if((!(Array.isArray(data208))) && (data208 !== null)){
const err217 = {instancePath:instancePath+"/Family",schemaPath:"#/properties/Family/type",keyword:"type",params:{type: schema36.properties.Family.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(Array.isArray(data208)){
const len21 = data208.length;
for(let i21=0; i21<len21; i21++){
let data209 = data208[i21];
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
if(data209.Id !== undefined){
let data210 = data209.Id;
if((typeof data210 !== "string") && (data210 !== null)){
const err218 = {instancePath:instancePath+"/Family/" + i21+"/Id",schemaPath:"#/components/schemas/FamilyMember/properties/Id/type",keyword:"type",params:{type: schema69.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data209.Relationship !== undefined){
let data211 = data209.Relationship;
if((typeof data211 !== "string") && (data211 !== null)){
const err219 = {instancePath:instancePath+"/Family/" + i21+"/Relationship",schemaPath:"#/components/schemas/FamilyMember/properties/Relationship/type",keyword:"type",params:{type: schema69.properties.Relationship.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data209.Name !== undefined){
let data212 = data209.Name;
if((typeof data212 !== "string") && (data212 !== null)){
const err220 = {instancePath:instancePath+"/Family/" + i21+"/Name",schemaPath:"#/components/schemas/FamilyMember/properties/Name/type",keyword:"type",params:{type: schema69.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/Family/" + i21,schemaPath:"#/components/schemas/FamilyMember/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
}
if(data.TelevisionShow !== undefined){
let data213 = data.TelevisionShow;
if((!(Array.isArray(data213))) && (data213 !== null)){
const err222 = {instancePath:instancePath+"/TelevisionShow",schemaPath:"#/properties/TelevisionShow/type",keyword:"type",params:{type: schema36.properties.TelevisionShow.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(Array.isArray(data213)){
const len22 = data213.length;
for(let i22=0; i22<len22; i22++){
let data214 = data213[i22];
if(data214 && typeof data214 == "object" && !Array.isArray(data214)){
if(data214.Id !== undefined){
let data215 = data214.Id;
if((typeof data215 !== "string") && (data215 !== null)){
const err223 = {instancePath:instancePath+"/TelevisionShow/" + i22+"/Id",schemaPath:"#/components/schemas/CategorizedItem/properties/Id/type",keyword:"type",params:{type: schema68.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data214.Category !== undefined){
let data216 = data214.Category;
if((typeof data216 !== "string") && (data216 !== null)){
const err224 = {instancePath:instancePath+"/TelevisionShow/" + i22+"/Category",schemaPath:"#/components/schemas/CategorizedItem/properties/Category/type",keyword:"type",params:{type: schema68.properties.Category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data214.Name !== undefined){
let data217 = data214.Name;
if((typeof data217 !== "string") && (data217 !== null)){
const err225 = {instancePath:instancePath+"/TelevisionShow/" + i22+"/Name",schemaPath:"#/components/schemas/CategorizedItem/properties/Name/type",keyword:"type",params:{type: schema68.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data214.CreatedDate !== undefined){
let data218 = data214.CreatedDate;
if((typeof data218 !== "string") && (data218 !== null)){
const err226 = {instancePath:instancePath+"/TelevisionShow/" + i22+"/CreatedDate",schemaPath:"#/components/schemas/CategorizedItem/properties/CreatedDate/type",keyword:"type",params:{type: schema68.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/TelevisionShow/" + i22,schemaPath:"#/components/schemas/CategorizedItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
}
if(data.MutualFriends !== undefined){
let data219 = data.MutualFriends;
if((!(Array.isArray(data219))) && (data219 !== null)){
const err228 = {instancePath:instancePath+"/MutualFriends",schemaPath:"#/properties/MutualFriends/type",keyword:"type",params:{type: schema36.properties.MutualFriends.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(Array.isArray(data219)){
const len23 = data219.length;
for(let i23=0; i23<len23; i23++){
let data220 = data219[i23];
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
if(data220.Id !== undefined){
let data221 = data220.Id;
if((typeof data221 !== "string") && (data221 !== null)){
const err229 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Id",schemaPath:"#/components/schemas/Friend/properties/Id/type",keyword:"type",params:{type: schema71.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data220.Name !== undefined){
let data222 = data220.Name;
if((typeof data222 !== "string") && (data222 !== null)){
const err230 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Name",schemaPath:"#/components/schemas/Friend/properties/Name/type",keyword:"type",params:{type: schema71.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data220.FirstName !== undefined){
let data223 = data220.FirstName;
if((typeof data223 !== "string") && (data223 !== null)){
const err231 = {instancePath:instancePath+"/MutualFriends/" + i23+"/FirstName",schemaPath:"#/components/schemas/Friend/properties/FirstName/type",keyword:"type",params:{type: schema71.properties.FirstName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data220.LastName !== undefined){
let data224 = data220.LastName;
if((typeof data224 !== "string") && (data224 !== null)){
const err232 = {instancePath:instancePath+"/MutualFriends/" + i23+"/LastName",schemaPath:"#/components/schemas/Friend/properties/LastName/type",keyword:"type",params:{type: schema71.properties.LastName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data220.Birthday !== undefined){
let data225 = data220.Birthday;
if((typeof data225 !== "string") && (data225 !== null)){
const err233 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Birthday",schemaPath:"#/components/schemas/Friend/properties/Birthday/type",keyword:"type",params:{type: schema71.properties.Birthday.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data220.Hometown !== undefined){
let data226 = data220.Hometown;
if((typeof data226 !== "string") && (data226 !== null)){
const err234 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Hometown",schemaPath:"#/components/schemas/Friend/properties/Hometown/type",keyword:"type",params:{type: schema71.properties.Hometown.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data220.Link !== undefined){
let data227 = data220.Link;
if((typeof data227 !== "string") && (data227 !== null)){
const err235 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Link",schemaPath:"#/components/schemas/Friend/properties/Link/type",keyword:"type",params:{type: schema71.properties.Link.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data220.Gender !== undefined){
let data228 = data220.Gender;
if((typeof data228 !== "string") && (data228 !== null)){
const err236 = {instancePath:instancePath+"/MutualFriends/" + i23+"/Gender",schemaPath:"#/components/schemas/Friend/properties/Gender/type",keyword:"type",params:{type: schema71.properties.Gender.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/MutualFriends/" + i23,schemaPath:"#/components/schemas/Friend/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
}
if(data.Movies !== undefined){
let data229 = data.Movies;
if((!(Array.isArray(data229))) && (data229 !== null)){
const err238 = {instancePath:instancePath+"/Movies",schemaPath:"#/properties/Movies/type",keyword:"type",params:{type: schema36.properties.Movies.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(Array.isArray(data229)){
const len24 = data229.length;
for(let i24=0; i24<len24; i24++){
if(!(validate31(data229[i24], {instancePath:instancePath+"/Movies/" + i24,parentData:data229,parentDataProperty:i24,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
}
if(data.Books !== undefined){
let data231 = data.Books;
if((!(Array.isArray(data231))) && (data231 !== null)){
const err239 = {instancePath:instancePath+"/Books",schemaPath:"#/properties/Books/type",keyword:"type",params:{type: schema36.properties.Books.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(Array.isArray(data231)){
const len25 = data231.length;
for(let i25=0; i25<len25; i25++){
let data232 = data231[i25];
if(data232 && typeof data232 == "object" && !Array.isArray(data232)){
if(data232.Id !== undefined){
let data233 = data232.Id;
if((typeof data233 !== "string") && (data233 !== null)){
const err240 = {instancePath:instancePath+"/Books/" + i25+"/Id",schemaPath:"#/components/schemas/CategorizedItem/properties/Id/type",keyword:"type",params:{type: schema68.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data232.Category !== undefined){
let data234 = data232.Category;
if((typeof data234 !== "string") && (data234 !== null)){
const err241 = {instancePath:instancePath+"/Books/" + i25+"/Category",schemaPath:"#/components/schemas/CategorizedItem/properties/Category/type",keyword:"type",params:{type: schema68.properties.Category.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data232.Name !== undefined){
let data235 = data232.Name;
if((typeof data235 !== "string") && (data235 !== null)){
const err242 = {instancePath:instancePath+"/Books/" + i25+"/Name",schemaPath:"#/components/schemas/CategorizedItem/properties/Name/type",keyword:"type",params:{type: schema68.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data232.CreatedDate !== undefined){
let data236 = data232.CreatedDate;
if((typeof data236 !== "string") && (data236 !== null)){
const err243 = {instancePath:instancePath+"/Books/" + i25+"/CreatedDate",schemaPath:"#/components/schemas/CategorizedItem/properties/CreatedDate/type",keyword:"type",params:{type: schema68.properties.CreatedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/Books/" + i25,schemaPath:"#/components/schemas/CategorizedItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
}
if(data.Patents !== undefined){
let data237 = data.Patents;
if((!(Array.isArray(data237))) && (data237 !== null)){
const err245 = {instancePath:instancePath+"/Patents",schemaPath:"#/properties/Patents/type",keyword:"type",params:{type: schema36.properties.Patents.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(Array.isArray(data237)){
const len26 = data237.length;
for(let i26=0; i26<len26; i26++){
let data238 = data237[i26];
if(data238 && typeof data238 == "object" && !Array.isArray(data238)){
if(data238.Id !== undefined){
let data239 = data238.Id;
if((typeof data239 !== "string") && (data239 !== null)){
const err246 = {instancePath:instancePath+"/Patents/" + i26+"/Id",schemaPath:"#/components/schemas/Patent/properties/Id/type",keyword:"type",params:{type: schema75.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data238.Title !== undefined){
let data240 = data238.Title;
if((typeof data240 !== "string") && (data240 !== null)){
const err247 = {instancePath:instancePath+"/Patents/" + i26+"/Title",schemaPath:"#/components/schemas/Patent/properties/Title/type",keyword:"type",params:{type: schema75.properties.Title.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data238.Date !== undefined){
let data241 = data238.Date;
if((typeof data241 !== "string") && (data241 !== null)){
const err248 = {instancePath:instancePath+"/Patents/" + i26+"/Date",schemaPath:"#/components/schemas/Patent/properties/Date/type",keyword:"type",params:{type: schema75.properties.Date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/Patents/" + i26,schemaPath:"#/components/schemas/Patent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
}
if(data.FavoriteThings !== undefined){
let data242 = data.FavoriteThings;
if((!(Array.isArray(data242))) && (data242 !== null)){
const err250 = {instancePath:instancePath+"/FavoriteThings",schemaPath:"#/properties/FavoriteThings/type",keyword:"type",params:{type: schema36.properties.FavoriteThings.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(Array.isArray(data242)){
const len27 = data242.length;
for(let i27=0; i27<len27; i27++){
let data243 = data242[i27];
if(data243 && typeof data243 == "object" && !Array.isArray(data243)){
if(data243.Id !== undefined){
let data244 = data243.Id;
if((typeof data244 !== "string") && (data244 !== null)){
const err251 = {instancePath:instancePath+"/FavoriteThings/" + i27+"/Id",schemaPath:"#/components/schemas/FavoriteThing/properties/Id/type",keyword:"type",params:{type: schema76.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data243.Name !== undefined){
let data245 = data243.Name;
if((typeof data245 !== "string") && (data245 !== null)){
const err252 = {instancePath:instancePath+"/FavoriteThings/" + i27+"/Name",schemaPath:"#/components/schemas/FavoriteThing/properties/Name/type",keyword:"type",params:{type: schema76.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data243.Type !== undefined){
let data246 = data243.Type;
if((typeof data246 !== "string") && (data246 !== null)){
const err253 = {instancePath:instancePath+"/FavoriteThings/" + i27+"/Type",schemaPath:"#/components/schemas/FavoriteThing/properties/Type/type",keyword:"type",params:{type: schema76.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/FavoriteThings/" + i27,schemaPath:"#/components/schemas/FavoriteThing/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
}
if(data.RelatedProfileViews !== undefined){
let data247 = data.RelatedProfileViews;
if((!(Array.isArray(data247))) && (data247 !== null)){
const err255 = {instancePath:instancePath+"/RelatedProfileViews",schemaPath:"#/properties/RelatedProfileViews/type",keyword:"type",params:{type: schema36.properties.RelatedProfileViews.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(Array.isArray(data247)){
const len28 = data247.length;
for(let i28=0; i28<len28; i28++){
let data248 = data247[i28];
if(data248 && typeof data248 == "object" && !Array.isArray(data248)){
if(data248.Id !== undefined){
let data249 = data248.Id;
if((typeof data249 !== "string") && (data249 !== null)){
const err256 = {instancePath:instancePath+"/RelatedProfileViews/" + i28+"/Id",schemaPath:"#/components/schemas/RelatedProfileView/properties/Id/type",keyword:"type",params:{type: schema77.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data248.FirstName !== undefined){
let data250 = data248.FirstName;
if((typeof data250 !== "string") && (data250 !== null)){
const err257 = {instancePath:instancePath+"/RelatedProfileViews/" + i28+"/FirstName",schemaPath:"#/components/schemas/RelatedProfileView/properties/FirstName/type",keyword:"type",params:{type: schema77.properties.FirstName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data248.LastName !== undefined){
let data251 = data248.LastName;
if((typeof data251 !== "string") && (data251 !== null)){
const err258 = {instancePath:instancePath+"/RelatedProfileViews/" + i28+"/LastName",schemaPath:"#/components/schemas/RelatedProfileView/properties/LastName/type",keyword:"type",params:{type: schema77.properties.LastName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/RelatedProfileViews/" + i28,schemaPath:"#/components/schemas/RelatedProfileView/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
}
if(data.PlacesLived !== undefined){
let data252 = data.PlacesLived;
if((!(Array.isArray(data252))) && (data252 !== null)){
const err260 = {instancePath:instancePath+"/PlacesLived",schemaPath:"#/properties/PlacesLived/type",keyword:"type",params:{type: schema36.properties.PlacesLived.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(Array.isArray(data252)){
const len29 = data252.length;
for(let i29=0; i29<len29; i29++){
let data253 = data252[i29];
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.Name !== undefined){
let data254 = data253.Name;
if((typeof data254 !== "string") && (data254 !== null)){
const err261 = {instancePath:instancePath+"/PlacesLived/" + i29+"/Name",schemaPath:"#/components/schemas/PlaceLived/properties/Name/type",keyword:"type",params:{type: schema78.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data253.Operation !== undefined){
let data255 = data253.Operation;
if((typeof data255 !== "string") && (data255 !== null)){
const err262 = {instancePath:instancePath+"/PlacesLived/" + i29+"/Operation",schemaPath:"#/components/schemas/PlaceLived/properties/Operation/type",keyword:"type",params:{type: schema78.properties.Operation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data253.IsPrimary !== undefined){
let data256 = data253.IsPrimary;
if((typeof data256 !== "boolean") && (data256 !== null)){
const err263 = {instancePath:instancePath+"/PlacesLived/" + i29+"/IsPrimary",schemaPath:"#/components/schemas/PlaceLived/properties/IsPrimary/type",keyword:"type",params:{type: schema78.properties.IsPrimary.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/PlacesLived/" + i29,schemaPath:"#/components/schemas/PlaceLived/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
}
if(data.Publications !== undefined){
let data257 = data.Publications;
if((!(Array.isArray(data257))) && (data257 !== null)){
const err265 = {instancePath:instancePath+"/Publications",schemaPath:"#/properties/Publications/type",keyword:"type",params:{type: schema36.properties.Publications.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(Array.isArray(data257)){
const len30 = data257.length;
for(let i30=0; i30<len30; i30++){
if(!(validate33(data257[i30], {instancePath:instancePath+"/Publications/" + i30,parentData:data257,parentDataProperty:i30,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
}
if(data.JobBookmarks !== undefined){
let data259 = data.JobBookmarks;
if((!(Array.isArray(data259))) && (data259 !== null)){
const err266 = {instancePath:instancePath+"/JobBookmarks",schemaPath:"#/properties/JobBookmarks/type",keyword:"type",params:{type: schema36.properties.JobBookmarks.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(Array.isArray(data259)){
const len31 = data259.length;
for(let i31=0; i31<len31; i31++){
if(!(validate35(data259[i31], {instancePath:instancePath+"/JobBookmarks/" + i31,parentData:data259,parentDataProperty:i31,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
}
if(data.Badges !== undefined){
let data261 = data.Badges;
if((!(Array.isArray(data261))) && (data261 !== null)){
const err267 = {instancePath:instancePath+"/Badges",schemaPath:"#/properties/Badges/type",keyword:"type",params:{type: schema36.properties.Badges.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(Array.isArray(data261)){
const len32 = data261.length;
for(let i32=0; i32<len32; i32++){
let data262 = data261[i32];
if(data262 && typeof data262 == "object" && !Array.isArray(data262)){
if(data262.BadgeId !== undefined){
let data263 = data262.BadgeId;
if((typeof data263 !== "string") && (data263 !== null)){
const err268 = {instancePath:instancePath+"/Badges/" + i32+"/BadgeId",schemaPath:"#/components/schemas/Badge/properties/BadgeId/type",keyword:"type",params:{type: schema85.properties.BadgeId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data262.BageId !== undefined){
let data264 = data262.BageId;
if((typeof data264 !== "string") && (data264 !== null)){
const err269 = {instancePath:instancePath+"/Badges/" + i32+"/BageId",schemaPath:"#/components/schemas/Badge/properties/BageId/type",keyword:"type",params:{type: schema85.properties.BageId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data262.Name !== undefined){
let data265 = data262.Name;
if((typeof data265 !== "string") && (data265 !== null)){
const err270 = {instancePath:instancePath+"/Badges/" + i32+"/Name",schemaPath:"#/components/schemas/Badge/properties/Name/type",keyword:"type",params:{type: schema85.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data262.BadgeMessage !== undefined){
let data266 = data262.BadgeMessage;
if((typeof data266 !== "string") && (data266 !== null)){
const err271 = {instancePath:instancePath+"/Badges/" + i32+"/BadgeMessage",schemaPath:"#/components/schemas/Badge/properties/BadgeMessage/type",keyword:"type",params:{type: schema85.properties.BadgeMessage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data262.BageMessage !== undefined){
let data267 = data262.BageMessage;
if((typeof data267 !== "string") && (data267 !== null)){
const err272 = {instancePath:instancePath+"/Badges/" + i32+"/BageMessage",schemaPath:"#/components/schemas/Badge/properties/BageMessage/type",keyword:"type",params:{type: schema85.properties.BageMessage.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data262.Description !== undefined){
let data268 = data262.Description;
if((typeof data268 !== "string") && (data268 !== null)){
const err273 = {instancePath:instancePath+"/Badges/" + i32+"/Description",schemaPath:"#/components/schemas/Badge/properties/Description/type",keyword:"type",params:{type: schema85.properties.Description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data262.ImageUrl !== undefined){
let data269 = data262.ImageUrl;
if((typeof data269 !== "string") && (data269 !== null)){
const err274 = {instancePath:instancePath+"/Badges/" + i32+"/ImageUrl",schemaPath:"#/components/schemas/Badge/properties/ImageUrl/type",keyword:"type",params:{type: schema85.properties.ImageUrl.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/Badges/" + i32,schemaPath:"#/components/schemas/Badge/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
}
if(data.MemberUrlResources !== undefined){
let data270 = data.MemberUrlResources;
if((!(Array.isArray(data270))) && (data270 !== null)){
const err276 = {instancePath:instancePath+"/MemberUrlResources",schemaPath:"#/properties/MemberUrlResources/type",keyword:"type",params:{type: schema36.properties.MemberUrlResources.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(Array.isArray(data270)){
const len33 = data270.length;
for(let i33=0; i33<len33; i33++){
let data271 = data270[i33];
if(data271 && typeof data271 == "object" && !Array.isArray(data271)){
if(data271.Url !== undefined){
let data272 = data271.Url;
if((typeof data272 !== "string") && (data272 !== null)){
const err277 = {instancePath:instancePath+"/MemberUrlResources/" + i33+"/Url",schemaPath:"#/components/schemas/MemberUrlResource/properties/Url/type",keyword:"type",params:{type: schema86.properties.Url.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data271.UrlName !== undefined){
let data273 = data271.UrlName;
if((typeof data273 !== "string") && (data273 !== null)){
const err278 = {instancePath:instancePath+"/MemberUrlResources/" + i33+"/UrlName",schemaPath:"#/components/schemas/MemberUrlResource/properties/UrlName/type",keyword:"type",params:{type: schema86.properties.UrlName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
else {
const err279 = {instancePath:instancePath+"/MemberUrlResources/" + i33,schemaPath:"#/components/schemas/MemberUrlResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
}
}
}
else {
const err280 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"ID":true,"Provider":true,"FirstLogin":true,"IsProtected":true,"Hireable":true,"FollowersCount":true,"FriendsCount":true,"TotalStatusesCount":true,"NumRecommenders":true,"TotalPrivateRepository":true,"PublicGists":true,"PrivateGists":true,"PinsCount":true,"BoardsCount":true,"LikesCount":true,"SessionLimit":true,"FullName":true,"FirstName":true,"MiddleName":true,"LastName":true,"Prefix":true,"Suffix":true,"NickName":true,"ProfileName":true,"PhoneId":true,"BirthDate":true,"Gender":true,"Age":true,"AgeRange":true,"Website":true,"ThumbnailImageUrl":true,"ImageUrl":true,"HttpsImageUrl":true,"GravatarImageUrl":true,"CoverPhoto":true,"ProfileImageUrls":true,"Favicon":true,"ProfileUrl":true,"WebProfiles":true,"HomeTown":true,"City":true,"State":true,"Country":true,"LocalCity":true,"LocalCountry":true,"ProfileCity":true,"ProfileCountry":true,"MainAddress":true,"TimeZone":true,"LocalLanguage":true,"Language":true,"Industry":true,"Company":true,"ProfessionalHeadline":true,"About":true,"TagLine":true,"Quote":true,"Associations":true,"Honors":true,"RelationshipStatus":true,"Religion":true,"Political":true,"Verified":true,"IsGeoEnabled":true,"Quota":true,"PublicRepository":true,"RepositoryUrl":true,"StarredUrl":true,"GistsUrl":true,"Subscription":true,"Currency":true,"LRUserID":true,"KloutScore":true,"Suggestions":true,"ProviderAccessCredential":true,"UpdatedTime":true,"Created":true,"CreatedDate":true,"ModifiedDate":true,"ProfileModifiedDate":true,"LastLoginDate":true,"SignupDate":true,"PreviousUids":true,"InterestedIn":true,"Email":true,"PhoneNumbers":true,"Addresses":true,"IMAccounts":true,"Positions":true,"Educations":true,"Interests":true,"Sports":true,"InspirationalPeople":true,"Awards":true,"Skills":true,"CurrentStatus":true,"Certifications":true,"Courses":true,"Volunteer":true,"RecommendationsReceived":true,"Languages":true,"Projects":true,"Games":true,"Family":true,"TelevisionShow":true,"MutualFriends":true,"Movies":true,"Books":true,"Patents":true,"FavoriteThings":true,"RelatedProfileViews":true,"PlacesLived":true,"Publications":true,"JobBookmarks":true,"Badges":true,"MemberUrlResources":true},"dynamicProps":false,"dynamicItems":false};

const schema90 = {"type":"object","properties":{"AcceptedConsentVersions":{"type":["array","null"],"items":{"$ref":"#/components/schemas/ConsentVersion"}},"Consents":{"type":["array","null"],"items":{"$ref":"#/components/schemas/Consent"}}}};
const schema91 = {"type":"object","properties":{"IsCustom":{"type":["boolean","null"]},"Version":{"type":["integer","null"]},"Event":{"type":["string","null"]}}};
const schema92 = {"type":"object","properties":{"ConsentOptionId":{"type":["string","null"]},"AcceptOnDate":{"type":["string","null"]}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.AcceptedConsentVersions !== undefined){
let data0 = data.AcceptedConsentVersions;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/AcceptedConsentVersions",schemaPath:"#/properties/AcceptedConsentVersions/type",keyword:"type",params:{type: schema90.properties.AcceptedConsentVersions.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.IsCustom !== undefined){
let data2 = data1.IsCustom;
if((typeof data2 !== "boolean") && (data2 !== null)){
const err1 = {instancePath:instancePath+"/AcceptedConsentVersions/" + i0+"/IsCustom",schemaPath:"#/components/schemas/ConsentVersion/properties/IsCustom/type",keyword:"type",params:{type: schema91.properties.IsCustom.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.Version !== undefined){
let data3 = data1.Version;
if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){
const err2 = {instancePath:instancePath+"/AcceptedConsentVersions/" + i0+"/Version",schemaPath:"#/components/schemas/ConsentVersion/properties/Version/type",keyword:"type",params:{type: schema91.properties.Version.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.Event !== undefined){
let data4 = data1.Event;
if((typeof data4 !== "string") && (data4 !== null)){
const err3 = {instancePath:instancePath+"/AcceptedConsentVersions/" + i0+"/Event",schemaPath:"#/components/schemas/ConsentVersion/properties/Event/type",keyword:"type",params:{type: schema91.properties.Event.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/AcceptedConsentVersions/" + i0,schemaPath:"#/components/schemas/ConsentVersion/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
if(data.Consents !== undefined){
let data5 = data.Consents;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err5 = {instancePath:instancePath+"/Consents",schemaPath:"#/properties/Consents/type",keyword:"type",params:{type: schema90.properties.Consents.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.ConsentOptionId !== undefined){
let data7 = data6.ConsentOptionId;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/Consents/" + i1+"/ConsentOptionId",schemaPath:"#/components/schemas/Consent/properties/ConsentOptionId/type",keyword:"type",params:{type: schema92.properties.ConsentOptionId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.AcceptOnDate !== undefined){
let data8 = data6.AcceptOnDate;
if((typeof data8 !== "string") && (data8 !== null)){
const err7 = {instancePath:instancePath+"/Consents/" + i1+"/AcceptOnDate",schemaPath:"#/components/schemas/Consent/properties/AcceptOnDate/type",keyword:"type",params:{type: schema92.properties.AcceptOnDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/Consents/" + i1,schemaPath:"#/components/schemas/Consent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"AcceptedConsentVersions":true,"Consents":true},"dynamicProps":false,"dynamicItems":false};

const schema95 = {"type":"object","properties":{"Data":{"type":["array","null"],"items":{"$ref":"#/components/schemas/RegistrationDataEntry"}}}};
const schema96 = {"type":"object","properties":{"DataSource":{"type":["string","null"]},"Value":{"type":["object","null"],"properties":{"Id":{"type":["string","null"]}}}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Data !== undefined){
let data0 = data.Data;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/type",keyword:"type",params:{type: schema95.properties.Data.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.DataSource !== undefined){
let data2 = data1.DataSource;
if((typeof data2 !== "string") && (data2 !== null)){
const err1 = {instancePath:instancePath+"/Data/" + i0+"/DataSource",schemaPath:"#/components/schemas/RegistrationDataEntry/properties/DataSource/type",keyword:"type",params:{type: schema96.properties.DataSource.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.Value !== undefined){
let data3 = data1.Value;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err2 = {instancePath:instancePath+"/Data/" + i0+"/Value",schemaPath:"#/components/schemas/RegistrationDataEntry/properties/Value/type",keyword:"type",params:{type: schema96.properties.Value.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Id !== undefined){
let data4 = data3.Id;
if((typeof data4 !== "string") && (data4 !== null)){
const err3 = {instancePath:instancePath+"/Data/" + i0+"/Value/Id",schemaPath:"#/components/schemas/RegistrationDataEntry/properties/Value/properties/Id/type",keyword:"type",params:{type: schema96.properties.Value.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/components/schemas/RegistrationDataEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"Data":true},"dynamicProps":false,"dynamicItems":false};

const schema98 = {"allOf":[{"$ref":"#/components/schemas/ProfileBase"},{"type":"object","properties":{"TokenSignSecret":{"type":["number","string","null"]}}}]};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TokenSignSecret !== undefined){
let data0 = data.TokenSignSecret;
if(((!(typeof data0 == "number")) && (typeof data0 !== "string")) && (data0 !== null)){
const err0 = {instancePath:instancePath+"/TokenSignSecret",schemaPath:"#/allOf/1/properties/TokenSignSecret/type",keyword:"type",params:{type: schema98.allOf[1].properties.TokenSignSecret.type},message:"must be number,string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"TokenSignSecret":true,"ID":true,"Provider":true,"FirstLogin":true,"IsProtected":true,"Hireable":true,"FollowersCount":true,"FriendsCount":true,"TotalStatusesCount":true,"NumRecommenders":true,"TotalPrivateRepository":true,"PublicGists":true,"PrivateGists":true,"PinsCount":true,"BoardsCount":true,"LikesCount":true,"SessionLimit":true,"FullName":true,"FirstName":true,"MiddleName":true,"LastName":true,"Prefix":true,"Suffix":true,"NickName":true,"ProfileName":true,"PhoneId":true,"BirthDate":true,"Gender":true,"Age":true,"AgeRange":true,"Website":true,"ThumbnailImageUrl":true,"ImageUrl":true,"HttpsImageUrl":true,"GravatarImageUrl":true,"CoverPhoto":true,"ProfileImageUrls":true,"Favicon":true,"ProfileUrl":true,"WebProfiles":true,"HomeTown":true,"City":true,"State":true,"Country":true,"LocalCity":true,"LocalCountry":true,"ProfileCity":true,"ProfileCountry":true,"MainAddress":true,"TimeZone":true,"LocalLanguage":true,"Language":true,"Industry":true,"Company":true,"ProfessionalHeadline":true,"About":true,"TagLine":true,"Quote":true,"Associations":true,"Honors":true,"RelationshipStatus":true,"Religion":true,"Political":true,"Verified":true,"IsGeoEnabled":true,"Quota":true,"PublicRepository":true,"RepositoryUrl":true,"StarredUrl":true,"GistsUrl":true,"Subscription":true,"Currency":true,"LRUserID":true,"KloutScore":true,"Suggestions":true,"ProviderAccessCredential":true,"UpdatedTime":true,"Created":true,"CreatedDate":true,"ModifiedDate":true,"ProfileModifiedDate":true,"LastLoginDate":true,"SignupDate":true,"PreviousUids":true,"InterestedIn":true,"Email":true,"PhoneNumbers":true,"Addresses":true,"IMAccounts":true,"Positions":true,"Educations":true,"Interests":true,"Sports":true,"InspirationalPeople":true,"Awards":true,"Skills":true,"CurrentStatus":true,"Certifications":true,"Courses":true,"Volunteer":true,"RecommendationsReceived":true,"Languages":true,"Projects":true,"Games":true,"Family":true,"TelevisionShow":true,"MutualFriends":true,"Movies":true,"Books":true,"Patents":true,"FavoriteThings":true,"RelatedProfileViews":true,"PlacesLived":true,"Publications":true,"JobBookmarks":true,"Badges":true,"MemberUrlResources":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Uid !== undefined){
let data0 = data.Uid;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/Uid",schemaPath:"#/allOf/1/properties/Uid/type",keyword:"type",params:{type: schema35.allOf[1].properties.Uid.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.UserName !== undefined){
let data1 = data.UserName;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/UserName",schemaPath:"#/allOf/1/properties/UserName/type",keyword:"type",params:{type: schema35.allOf[1].properties.UserName.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Password !== undefined){
let data2 = data.Password;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/Password",schemaPath:"#/allOf/1/properties/Password/type",keyword:"type",params:{type: schema35.allOf[1].properties.Password.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.EmailVerified !== undefined){
let data3 = data.EmailVerified;
if((typeof data3 !== "boolean") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/EmailVerified",schemaPath:"#/allOf/1/properties/EmailVerified/type",keyword:"type",params:{type: schema35.allOf[1].properties.EmailVerified.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.UnverifiedEmail !== undefined){
let data4 = data.UnverifiedEmail;
if((!(Array.isArray(data4))) && (data4 !== null)){
const err4 = {instancePath:instancePath+"/UnverifiedEmail",schemaPath:"#/allOf/1/properties/UnverifiedEmail/type",keyword:"type",params:{type: schema35.allOf[1].properties.UnverifiedEmail.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.Type !== undefined){
let data6 = data5.Type;
if((typeof data6 !== "string") && (data6 !== null)){
const err5 = {instancePath:instancePath+"/UnverifiedEmail/" + i0+"/Type",schemaPath:"#/components/schemas/Email/properties/Type/type",keyword:"type",params:{type: schema47.properties.Type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.Value !== undefined){
let data7 = data5.Value;
if((typeof data7 !== "string") && (data7 !== null)){
const err6 = {instancePath:instancePath+"/UnverifiedEmail/" + i0+"/Value",schemaPath:"#/components/schemas/Email/properties/Value/type",keyword:"type",params:{type: schema47.properties.Value.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/UnverifiedEmail/" + i0,schemaPath:"#/components/schemas/Email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.PhoneIdVerified !== undefined){
let data8 = data.PhoneIdVerified;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err8 = {instancePath:instancePath+"/PhoneIdVerified",schemaPath:"#/allOf/1/properties/PhoneIdVerified/type",keyword:"type",params:{type: schema35.allOf[1].properties.PhoneIdVerified.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.IsActive !== undefined){
let data9 = data.IsActive;
if((typeof data9 !== "boolean") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/IsActive",schemaPath:"#/allOf/1/properties/IsActive/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsActive.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.IsDeleted !== undefined){
let data10 = data.IsDeleted;
if((typeof data10 !== "boolean") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/IsDeleted",schemaPath:"#/allOf/1/properties/IsDeleted/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsDeleted.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.IsLoginLocked !== undefined){
let data11 = data.IsLoginLocked;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err11 = {instancePath:instancePath+"/IsLoginLocked",schemaPath:"#/allOf/1/properties/IsLoginLocked/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsLoginLocked.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.LoginLockedType !== undefined){
let data12 = data.LoginLockedType;
if((typeof data12 !== "string") && (data12 !== null)){
const err12 = {instancePath:instancePath+"/LoginLockedType",schemaPath:"#/allOf/1/properties/LoginLockedType/type",keyword:"type",params:{type: schema35.allOf[1].properties.LoginLockedType.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.IsPasswordBreached !== undefined){
let data13 = data.IsPasswordBreached;
if((typeof data13 !== "boolean") && (data13 !== null)){
const err13 = {instancePath:instancePath+"/IsPasswordBreached",schemaPath:"#/allOf/1/properties/IsPasswordBreached/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsPasswordBreached.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.IsSecurePassword !== undefined){
let data14 = data.IsSecurePassword;
if((typeof data14 !== "boolean") && (data14 !== null)){
const err14 = {instancePath:instancePath+"/IsSecurePassword",schemaPath:"#/allOf/1/properties/IsSecurePassword/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsSecurePassword.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.LastPasswordChangeDate !== undefined){
let data15 = data.LastPasswordChangeDate;
if((typeof data15 !== "string") && (data15 !== null)){
const err15 = {instancePath:instancePath+"/LastPasswordChangeDate",schemaPath:"#/allOf/1/properties/LastPasswordChangeDate/type",keyword:"type",params:{type: schema35.allOf[1].properties.LastPasswordChangeDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.PasswordExpirationDate !== undefined){
let data16 = data.PasswordExpirationDate;
if((typeof data16 !== "string") && (data16 !== null)){
const err16 = {instancePath:instancePath+"/PasswordExpirationDate",schemaPath:"#/allOf/1/properties/PasswordExpirationDate/type",keyword:"type",params:{type: schema35.allOf[1].properties.PasswordExpirationDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.LastPasswordChangeToken !== undefined){
let data17 = data.LastPasswordChangeToken;
if((typeof data17 !== "string") && (data17 !== null)){
const err17 = {instancePath:instancePath+"/LastPasswordChangeToken",schemaPath:"#/allOf/1/properties/LastPasswordChangeToken/type",keyword:"type",params:{type: schema35.allOf[1].properties.LastPasswordChangeToken.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.IsRequiredFieldsFilledOnce !== undefined){
let data18 = data.IsRequiredFieldsFilledOnce;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err18 = {instancePath:instancePath+"/IsRequiredFieldsFilledOnce",schemaPath:"#/allOf/1/properties/IsRequiredFieldsFilledOnce/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsRequiredFieldsFilledOnce.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.IsCustomUid !== undefined){
let data19 = data.IsCustomUid;
if((typeof data19 !== "boolean") && (data19 !== null)){
const err19 = {instancePath:instancePath+"/IsCustomUid",schemaPath:"#/allOf/1/properties/IsCustomUid/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsCustomUid.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.IsEmailSubscribed !== undefined){
let data20 = data.IsEmailSubscribed;
if((typeof data20 !== "boolean") && (data20 !== null)){
const err20 = {instancePath:instancePath+"/IsEmailSubscribed",schemaPath:"#/allOf/1/properties/IsEmailSubscribed/type",keyword:"type",params:{type: schema35.allOf[1].properties.IsEmailSubscribed.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.NoOfLogins !== undefined){
let data21 = data.NoOfLogins;
if((!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) && (data21 !== null)){
const err21 = {instancePath:instancePath+"/NoOfLogins",schemaPath:"#/allOf/1/properties/NoOfLogins/type",keyword:"type",params:{type: schema35.allOf[1].properties.NoOfLogins.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.RegistrationProvider !== undefined){
let data22 = data.RegistrationProvider;
if((typeof data22 !== "string") && (data22 !== null)){
const err22 = {instancePath:instancePath+"/RegistrationProvider",schemaPath:"#/allOf/1/properties/RegistrationProvider/type",keyword:"type",params:{type: schema35.allOf[1].properties.RegistrationProvider.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.RegistrationSource !== undefined){
let data23 = data.RegistrationSource;
if((typeof data23 !== "string") && (data23 !== null)){
const err23 = {instancePath:instancePath+"/RegistrationSource",schemaPath:"#/allOf/1/properties/RegistrationSource/type",keyword:"type",params:{type: schema35.allOf[1].properties.RegistrationSource.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.LastLoginLocation !== undefined){
let data24 = data.LastLoginLocation;
if((typeof data24 !== "string") && (data24 !== null)){
const err24 = {instancePath:instancePath+"/LastLoginLocation",schemaPath:"#/allOf/1/properties/LastLoginLocation/type",keyword:"type",params:{type: schema35.allOf[1].properties.LastLoginLocation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ExternalUserLoginId !== undefined){
let data25 = data.ExternalUserLoginId;
if((typeof data25 !== "string") && (data25 !== null)){
const err25 = {instancePath:instancePath+"/ExternalUserLoginId",schemaPath:"#/allOf/1/properties/ExternalUserLoginId/type",keyword:"type",params:{type: schema35.allOf[1].properties.ExternalUserLoginId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.ExternalIds !== undefined){
let data26 = data.ExternalIds;
if((!(Array.isArray(data26))) && (data26 !== null)){
const err26 = {instancePath:instancePath+"/ExternalIds",schemaPath:"#/allOf/1/properties/ExternalIds/type",keyword:"type",params:{type: schema35.allOf[1].properties.ExternalIds.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.Operation !== undefined){
let data28 = data27.Operation;
if((typeof data28 !== "string") && (data28 !== null)){
const err27 = {instancePath:instancePath+"/ExternalIds/" + i1+"/Operation",schemaPath:"#/components/schemas/ExternalId/properties/Operation/type",keyword:"type",params:{type: schema88.properties.Operation.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data27.Source !== undefined){
let data29 = data27.Source;
if((typeof data29 !== "string") && (data29 !== null)){
const err28 = {instancePath:instancePath+"/ExternalIds/" + i1+"/Source",schemaPath:"#/components/schemas/ExternalId/properties/Source/type",keyword:"type",params:{type: schema88.properties.Source.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data27.SourceId !== undefined){
let data30 = data27.SourceId;
if((typeof data30 !== "string") && (data30 !== null)){
const err29 = {instancePath:instancePath+"/ExternalIds/" + i1+"/SourceId",schemaPath:"#/components/schemas/ExternalId/properties/SourceId/type",keyword:"type",params:{type: schema88.properties.SourceId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/ExternalIds/" + i1,schemaPath:"#/components/schemas/ExternalId/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
if(data.Roles !== undefined){
let data31 = data.Roles;
if((!(Array.isArray(data31))) && (data31 !== null)){
const err31 = {instancePath:instancePath+"/Roles",schemaPath:"#/allOf/1/properties/Roles/type",keyword:"type",params:{type: schema35.allOf[1].properties.Roles.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(Array.isArray(data31)){
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
if(typeof data31[i2] !== "string"){
const err32 = {instancePath:instancePath+"/Roles/" + i2,schemaPath:"#/allOf/1/properties/Roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
if(data.CustomFields !== undefined){
let data33 = data.CustomFields;
if((!(data33 && typeof data33 == "object" && !Array.isArray(data33))) && (data33 !== null)){
const err33 = {instancePath:instancePath+"/CustomFields",schemaPath:"#/allOf/1/properties/CustomFields/type",keyword:"type",params:{type: schema35.allOf[1].properties.CustomFields.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key0 in data33){
let data34 = data33[key0];
if((typeof data34 !== "string") && (data34 !== null)){
const err34 = {instancePath:instancePath+"/CustomFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/1/properties/CustomFields/additionalProperties/type",keyword:"type",params:{type: schema35.allOf[1].properties.CustomFields.additionalProperties.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
if(data.PrivacyPolicy !== undefined){
let data35 = data.PrivacyPolicy;
const _errs77 = errors;
let valid13 = false;
const _errs78 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.Version !== undefined){
let data36 = data35.Version;
if((typeof data36 !== "string") && (data36 !== null)){
const err35 = {instancePath:instancePath+"/PrivacyPolicy/Version",schemaPath:"#/components/schemas/PrivacyPolicy/properties/Version/type",keyword:"type",params:{type: schema89.properties.Version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data35.AcceptSource !== undefined){
let data37 = data35.AcceptSource;
if((typeof data37 !== "string") && (data37 !== null)){
const err36 = {instancePath:instancePath+"/PrivacyPolicy/AcceptSource",schemaPath:"#/components/schemas/PrivacyPolicy/properties/AcceptSource/type",keyword:"type",params:{type: schema89.properties.AcceptSource.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data35.AcceptDateTime !== undefined){
let data38 = data35.AcceptDateTime;
if((typeof data38 !== "string") && (data38 !== null)){
const err37 = {instancePath:instancePath+"/PrivacyPolicy/AcceptDateTime",schemaPath:"#/components/schemas/PrivacyPolicy/properties/AcceptDateTime/type",keyword:"type",params:{type: schema89.properties.AcceptDateTime.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/PrivacyPolicy",schemaPath:"#/components/schemas/PrivacyPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs78 === errors;
valid13 = valid13 || _valid0;
if(_valid0){
var props0 = {};
props0.Version = true;
props0.AcceptSource = true;
props0.AcceptDateTime = true;
}
const _errs87 = errors;
if(data35 !== null){
const err39 = {instancePath:instancePath+"/PrivacyPolicy",schemaPath:"#/allOf/1/properties/PrivacyPolicy/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs87 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const err40 = {instancePath:instancePath+"/PrivacyPolicy",schemaPath:"#/allOf/1/properties/PrivacyPolicy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data.ConsentProfile !== undefined){
let data39 = data.ConsentProfile;
const _errs90 = errors;
let valid16 = false;
const _errs91 = errors;
if(!(validate40(data39, {instancePath:instancePath+"/ConsentProfile",parentData:data,parentDataProperty:"ConsentProfile",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid1 = _errs91 === errors;
valid16 = valid16 || _valid1;
if(_valid1){
var props1 = {};
props1.AcceptedConsentVersions = true;
props1.Consents = true;
}
const _errs92 = errors;
if(data39 !== null){
const err41 = {instancePath:instancePath+"/ConsentProfile",schemaPath:"#/allOf/1/properties/ConsentProfile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid1 = _errs92 === errors;
valid16 = valid16 || _valid1;
if(!valid16){
const err42 = {instancePath:instancePath+"/ConsentProfile",schemaPath:"#/allOf/1/properties/ConsentProfile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data.PIN !== undefined){
let data40 = data.PIN;
const _errs95 = errors;
let valid17 = false;
const _errs96 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.Skipped !== undefined){
let data41 = data40.Skipped;
if((typeof data41 !== "boolean") && (data41 !== null)){
const err43 = {instancePath:instancePath+"/PIN/Skipped",schemaPath:"#/components/schemas/PIN/properties/Skipped/type",keyword:"type",params:{type: schema93.properties.Skipped.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data40.PIN !== undefined){
let data42 = data40.PIN;
if((typeof data42 !== "string") && (data42 !== null)){
const err44 = {instancePath:instancePath+"/PIN/PIN",schemaPath:"#/components/schemas/PIN/properties/PIN/type",keyword:"type",params:{type: schema93.properties.PIN.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data40.LastPINChangeToken !== undefined){
let data43 = data40.LastPINChangeToken;
if((typeof data43 !== "string") && (data43 !== null)){
const err45 = {instancePath:instancePath+"/PIN/LastPINChangeToken",schemaPath:"#/components/schemas/PIN/properties/LastPINChangeToken/type",keyword:"type",params:{type: schema93.properties.LastPINChangeToken.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data40.LastPINChangeDate !== undefined){
let data44 = data40.LastPINChangeDate;
if((typeof data44 !== "string") && (data44 !== null)){
const err46 = {instancePath:instancePath+"/PIN/LastPINChangeDate",schemaPath:"#/components/schemas/PIN/properties/LastPINChangeDate/type",keyword:"type",params:{type: schema93.properties.LastPINChangeDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data40.SkippedDate !== undefined){
let data45 = data40.SkippedDate;
if((typeof data45 !== "string") && (data45 !== null)){
const err47 = {instancePath:instancePath+"/PIN/SkippedDate",schemaPath:"#/components/schemas/PIN/properties/SkippedDate/type",keyword:"type",params:{type: schema93.properties.SkippedDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/PIN",schemaPath:"#/components/schemas/PIN/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid2 = _errs96 === errors;
valid17 = valid17 || _valid2;
if(_valid2){
var props2 = {};
props2.Skipped = true;
props2.PIN = true;
props2.LastPINChangeToken = true;
props2.LastPINChangeDate = true;
props2.SkippedDate = true;
}
const _errs109 = errors;
if(data40 !== null){
const err49 = {instancePath:instancePath+"/PIN",schemaPath:"#/allOf/1/properties/PIN/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid2 = _errs109 === errors;
valid17 = valid17 || _valid2;
if(!valid17){
const err50 = {instancePath:instancePath+"/PIN",schemaPath:"#/allOf/1/properties/PIN/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
if(data.PasskeyLogin !== undefined){
let data46 = data.PasskeyLogin;
const _errs112 = errors;
let valid20 = false;
const _errs113 = errors;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.ProgressiveFlag !== undefined){
let data47 = data46.ProgressiveFlag;
if((typeof data47 !== "boolean") && (data47 !== null)){
const err51 = {instancePath:instancePath+"/PasskeyLogin/ProgressiveFlag",schemaPath:"#/components/schemas/PasskeyLogin/properties/ProgressiveFlag/type",keyword:"type",params:{type: schema94.properties.ProgressiveFlag.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data46.LocalEnrollmentFlag !== undefined){
let data48 = data46.LocalEnrollmentFlag;
if((typeof data48 !== "boolean") && (data48 !== null)){
const err52 = {instancePath:instancePath+"/PasskeyLogin/LocalEnrollmentFlag",schemaPath:"#/components/schemas/PasskeyLogin/properties/LocalEnrollmentFlag/type",keyword:"type",params:{type: schema94.properties.LocalEnrollmentFlag.type},message:"must be boolean,null"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data46.ProgressiveEnrollmentDate !== undefined){
let data49 = data46.ProgressiveEnrollmentDate;
if((typeof data49 !== "string") && (data49 !== null)){
const err53 = {instancePath:instancePath+"/PasskeyLogin/ProgressiveEnrollmentDate",schemaPath:"#/components/schemas/PasskeyLogin/properties/ProgressiveEnrollmentDate/type",keyword:"type",params:{type: schema94.properties.ProgressiveEnrollmentDate.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/PasskeyLogin",schemaPath:"#/components/schemas/PasskeyLogin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid3 = _errs113 === errors;
valid20 = valid20 || _valid3;
if(_valid3){
var props3 = {};
props3.ProgressiveFlag = true;
props3.LocalEnrollmentFlag = true;
props3.ProgressiveEnrollmentDate = true;
}
const _errs122 = errors;
if(data46 !== null){
const err55 = {instancePath:instancePath+"/PasskeyLogin",schemaPath:"#/allOf/1/properties/PasskeyLogin/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid3 = _errs122 === errors;
valid20 = valid20 || _valid3;
if(!valid20){
const err56 = {instancePath:instancePath+"/PasskeyLogin",schemaPath:"#/allOf/1/properties/PasskeyLogin/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
}
if(data.RegistrationData !== undefined){
let data50 = data.RegistrationData;
const _errs125 = errors;
let valid23 = false;
const _errs126 = errors;
if(!(validate42(data50, {instancePath:instancePath+"/RegistrationData",parentData:data,parentDataProperty:"RegistrationData",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var _valid4 = _errs126 === errors;
valid23 = valid23 || _valid4;
if(_valid4){
var props4 = {};
props4.Data = true;
}
const _errs127 = errors;
if(data50 !== null){
const err57 = {instancePath:instancePath+"/RegistrationData",schemaPath:"#/allOf/1/properties/RegistrationData/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid4 = _errs127 === errors;
valid23 = valid23 || _valid4;
if(!valid23){
const err58 = {instancePath:instancePath+"/RegistrationData",schemaPath:"#/allOf/1/properties/RegistrationData/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
}
}
if(data.Organizations !== undefined){
let data51 = data.Organizations;
if((!(Array.isArray(data51))) && (data51 !== null)){
const err59 = {instancePath:instancePath+"/Organizations",schemaPath:"#/allOf/1/properties/Organizations/type",keyword:"type",params:{type: schema35.allOf[1].properties.Organizations.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(Array.isArray(data51)){
const len3 = data51.length;
for(let i3=0; i3<len3; i3++){
let data52 = data51[i3];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.Id !== undefined){
let data53 = data52.Id;
if((typeof data53 !== "string") && (data53 !== null)){
const err60 = {instancePath:instancePath+"/Organizations/" + i3+"/Id",schemaPath:"#/components/schemas/Organization/properties/Id/type",keyword:"type",params:{type: schema97.properties.Id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data52.Name !== undefined){
let data54 = data52.Name;
if((typeof data54 !== "string") && (data54 !== null)){
const err61 = {instancePath:instancePath+"/Organizations/" + i3+"/Name",schemaPath:"#/components/schemas/Organization/properties/Name/type",keyword:"type",params:{type: schema97.properties.Name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data52.LogoURL !== undefined){
let data55 = data52.LogoURL;
if((typeof data55 !== "string") && (data55 !== null)){
const err62 = {instancePath:instancePath+"/Organizations/" + i3+"/LogoURL",schemaPath:"#/components/schemas/Organization/properties/LogoURL/type",keyword:"type",params:{type: schema97.properties.LogoURL.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/Organizations/" + i3,schemaPath:"#/components/schemas/Organization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
if(data.Identities !== undefined){
let data56 = data.Identities;
if((!(Array.isArray(data56))) && (data56 !== null)){
const err64 = {instancePath:instancePath+"/Identities",schemaPath:"#/allOf/1/properties/Identities/type",keyword:"type",params:{type: schema35.allOf[1].properties.Identities.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(Array.isArray(data56)){
const len4 = data56.length;
for(let i4=0; i4<len4; i4++){
if(!(validate44(data56[i4], {instancePath:instancePath+"/Identities/" + i4,parentData:data56,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"Uid":true,"UserName":true,"Password":true,"EmailVerified":true,"UnverifiedEmail":true,"PhoneIdVerified":true,"IsActive":true,"IsDeleted":true,"IsLoginLocked":true,"LoginLockedType":true,"IsPasswordBreached":true,"IsSecurePassword":true,"LastPasswordChangeDate":true,"PasswordExpirationDate":true,"LastPasswordChangeToken":true,"IsRequiredFieldsFilledOnce":true,"IsCustomUid":true,"IsEmailSubscribed":true,"NoOfLogins":true,"RegistrationProvider":true,"RegistrationSource":true,"LastLoginLocation":true,"ExternalUserLoginId":true,"ExternalIds":true,"Roles":true,"CustomFields":true,"PrivacyPolicy":true,"ConsentProfile":true,"PIN":true,"PasskeyLogin":true,"RegistrationData":true,"Organizations":true,"Identities":true,"ID":true,"Provider":true,"FirstLogin":true,"IsProtected":true,"Hireable":true,"FollowersCount":true,"FriendsCount":true,"TotalStatusesCount":true,"NumRecommenders":true,"TotalPrivateRepository":true,"PublicGists":true,"PrivateGists":true,"PinsCount":true,"BoardsCount":true,"LikesCount":true,"SessionLimit":true,"FullName":true,"FirstName":true,"MiddleName":true,"LastName":true,"Prefix":true,"Suffix":true,"NickName":true,"ProfileName":true,"PhoneId":true,"BirthDate":true,"Gender":true,"Age":true,"AgeRange":true,"Website":true,"ThumbnailImageUrl":true,"ImageUrl":true,"HttpsImageUrl":true,"GravatarImageUrl":true,"CoverPhoto":true,"ProfileImageUrls":true,"Favicon":true,"ProfileUrl":true,"WebProfiles":true,"HomeTown":true,"City":true,"State":true,"Country":true,"LocalCity":true,"LocalCountry":true,"ProfileCity":true,"ProfileCountry":true,"MainAddress":true,"TimeZone":true,"LocalLanguage":true,"Language":true,"Industry":true,"Company":true,"ProfessionalHeadline":true,"About":true,"TagLine":true,"Quote":true,"Associations":true,"Honors":true,"RelationshipStatus":true,"Religion":true,"Political":true,"Verified":true,"IsGeoEnabled":true,"Quota":true,"PublicRepository":true,"RepositoryUrl":true,"StarredUrl":true,"GistsUrl":true,"Subscription":true,"Currency":true,"LRUserID":true,"KloutScore":true,"Suggestions":true,"ProviderAccessCredential":true,"UpdatedTime":true,"Created":true,"CreatedDate":true,"ModifiedDate":true,"ProfileModifiedDate":true,"LastLoginDate":true,"SignupDate":true,"PreviousUids":true,"InterestedIn":true,"Email":true,"PhoneNumbers":true,"Addresses":true,"IMAccounts":true,"Positions":true,"Educations":true,"Interests":true,"Sports":true,"InspirationalPeople":true,"Awards":true,"Skills":true,"CurrentStatus":true,"Certifications":true,"Courses":true,"Volunteer":true,"RecommendationsReceived":true,"Languages":true,"Projects":true,"Games":true,"Family":true,"TelevisionShow":true,"MutualFriends":true,"Movies":true,"Books":true,"Patents":true,"FavoriteThings":true,"RelatedProfileViews":true,"PlacesLived":true,"Publications":true,"JobBookmarks":true,"Badges":true,"MemberUrlResources":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Profile === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Profile"},message:"must have required property '"+"Profile"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.access_token === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.expires_in === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires_in"},message:"must have required property '"+"expires_in"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Profile !== undefined){
if(!(validate23(data.Profile, {instancePath:instancePath+"/Profile",parentData:data,parentDataProperty:"Profile",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.access_token !== undefined){
if(typeof data.access_token !== "string"){
const err3 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.refresh_token !== undefined){
let data2 = data.refresh_token;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/refresh_token",schemaPath:"#/properties/refresh_token/type",keyword:"type",params:{type: schema34.properties.refresh_token.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.expires_in !== undefined){
if(typeof data.expires_in !== "string"){
const err5 = {instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"Profile":true,"access_token":true,"refresh_token":true,"expires_in":true},"dynamicProps":false,"dynamicItems":false};


/** The operation these validators are for. */
export const operationId = "verifySmsOtp";
/** Validator of the body for each documented status of verifySmsOtp. */
export const byStatus = { "200": validateVerifySmsOtpResponse, "400": validateApiError, "403": validateApiError, "404": validateApiError, "429": validateApiError, "500": validateApiError };
