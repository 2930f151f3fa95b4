/**
 * Messages of Dynatrace's custom validators as the real service shows them (facts §1), shared
 * by the definitions (as `customMessage`) and the validators that emit them.
 */
export const MSG_ALERTING_PROFILE_MZ =
  'You do not have global ‘settings.write’ permission. Please select a management zone where you have access to.';
export const MSG_DEFAULT_PROFILE_NAME =
  "This is the default alerting profile, which is also used for mobile notifications. To avoid losing track of the profile's identity, the name 'Default' is protected from changes.";
export const MSG_MW_PERMISSION_TOP =
  'At least one added filter is needed and additionally every filter needs a management zone id filter value.';
export const MSG_MW_PERMISSION_FILTER = 'At least one management zone filter value is necessary.';
export const MSG_MW_FILTER_CONTAINER = 'At least one filter value is necessary.';
export const MSG_SECRET_RESUBMISSION =
  'For security reasons, please re-enter all secret token(s) before saving the settings.';
export const MSG_MZ_NAME_TAKEN = 'Management zone with this name already exists. Please provide a different one.';
export const MSG_SLO_WARNING_GT_TARGET = 'Warning must be larger than the target';
export const MSG_DEFINE_ONE_FILTER = 'Define at least one of the filters';
export const MSG_INVALID_REGEX = 'Value must be a valid regular expression';
/**
 * Not a real Dynatrace message (the SLO permission check is documented, its text is not):
 * a management-zone-restricted writer may only save SLOs whose entity selector names one of
 * their zones.
 */
export const MSG_SLO_GLOBAL_FORBIDDEN =
  'You do not have global ‘settings.write’ permission. Please add a management zone where you have access to (mzId or mzName) to the entity selector.';
