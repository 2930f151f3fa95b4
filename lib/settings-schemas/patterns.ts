/**
 * The project's own regular expressions for the PATTERN constraints of the alerting schemas,
 * with the custom messages Dynatrace shows. Written to be linear-time (no nested quantifiers
 * over the same characters) because values come from users.
 */

/** Numeric (legacy) management-zone id as a decimal string, possibly negative. */
export const MZ_NUMERIC_ID = '^-?\\d{1,19}$';

export const EMAIL = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$";
export const EMAIL_MESSAGE = 'Email address is not valid';

/** scheme ":" ["//"] authority path ["?" query] ["#" fragment], no whitespace anywhere. */
export const URI = '^[^\\s:/?#]+:(//)?[^\\s/?#]+[^\\s?#]*(\\?[^\\s#]*)?(#\\S*)?$';
export const URI_MESSAGE = 'Not a valid URI';

export const HTTP_URL = '^https?://.*$';
export const HTTP_URL_MESSAGE = 'Not a valid http(s) URL';

export const HTTPS_ONLY = '^https://.*$';
export const HTTPS_ONLY_MESSAGE = 'For security reasons, we only allow HTTPS endpoints';

export const NO_HTTP_PREFIX = '^(?!https?://).*$';
export const NO_HTTP_PREFIX_MESSAGE = 'OpsGenie region domain must not start with http:// or https://';

export const ANSIBLE_JOB_TEMPLATE = '^.*(/#/templates/job_template|/execution/templates/job-template)/\\d+$';
export const ANSIBLE_JOB_TEMPLATE_MESSAGE =
  'Job template URL should be in the format of http(s)://<AnsibleServerName>/#/templates/job_template/<JobTemplateID> or http(s)://<AnsibleServerName>/execution/templates/job-template/<JobTemplateID>';

export const NO_BRACES = '^[^{}]*$';
export const NO_BRACES_MESSAGE = "Key property must not contain '{' or '}'.";

export const ENTITY_ID = '^[A-Z][A-Z0-9_]*-[0-9A-F]{16}$';
export const ENTITY_ID_MESSAGE = 'Please use a format of TYPE-ID';
