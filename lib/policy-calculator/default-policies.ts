/**
 * Dynatrace default policies as data, copied verbatim from the default-groups documentation
 * (seed 003; Settings Reader/Writer also in seed 001), for the Compare tab. The only change to the
 * statement text: the seed's scrape leaves a stray `"` after the final `;` of the short legacy
 * policies (`ALLOW settings:objects:read, settings:schemas:read;"`), which is not policy text.
 */

export interface DefaultPolicy {
  name: string;
  description: string;
  /** Where the policy is defined in the seed documents. */
  source: 'seed 003 default policies' | 'seed 003 legacy default policies';
  text: string;
}

export const defaultPolicies: readonly DefaultPolicy[] = Object.freeze([
  {
    name: "Standard User",
    description: "Grants access to Environment and ability to run Apps",
    source: "seed 003 default policies",
    text: "//States\nALLOW state:app-states:delete, state:app-states:read, state:app-states:write, state:user-app-states:read, state:user-app-states:write, state:user-app-states:delete, state-management:user-app-states:delete, state-management:user-app-states:delete-all;\n//Documents\nALLOW document:documents:read, document:documents:write, document:documents:delete, document:environment-shares:read, document:environment-shares:write, document:environment-shares:claim, document:environment-shares:delete, document:direct-shares:read, document:direct-shares:write, document:direct-shares:delete, document:trash.documents:read, document:trash.documents:restore, document:trash.documents:delete;\n//Unified analysis screens\nALLOW unified-analysis:screen-definition:read;\n//Grail read data\nALLOW storage:bucket-definitions:read;\nALLOW storage:filter-segments:read;\n//OpenPipeline\nALLOW openpipeline:configurations:read;\n//Hub\nALLOW hub:catalog:read;\n//AppEngine\nALLOW app-engine:apps:run, app-engine:functions:run, app-engine:edge-connects:read;\n//Notifications\nALLOW email:emails:send, notification:self-notifications:read, notification:self-notifications:write;\n//AutomationEngine\nALLOW automation:workflows:read, automation:calendars:read, automation:rules:read;\n//Davis\nALLOW davis:analyzers:read, davis-copilot:conversations:execute, davis-copilot:nl2dql:execute, davis:analyzers:execute;\n//Settings\nALLOW settings:objects:read, settings:schemas:read, app-settings:objects:read;\n//Classics\nALLOW environment:roles:viewer, environment:roles:view-security-problems;\n//Geolocations\nALLOW geolocation:locations:lookup;\n// Vulnerability service\nALLOW vulnerability-service:vulnerabilities:read;\n//SLOs\nALLOW slo:slos:read, slo:objective-templates:read;\n//BusinessInsights\nALLOW insights:opportunities:read;\n",
  },
  {
    name: "Pro User",
    description: "Grants advanced permissions to build, deploy, and run fully featured apps and automated workflows that make use of key platform services.",
    source: "seed 003 default policies",
    text: "//States\nALLOW state:app-states:delete, state:app-states:read, state:app-states:write, state:user-app-states:read, state:user-app-states:write, state:user-app-states:delete, state-management:user-app-states:delete, state-management:user-app-states:delete-all;\n//Documents\nALLOW document:documents:read, document:documents:write, document:documents:delete, document:environment-shares:read, document:environment-shares:write, document:environment-shares:claim, document:environment-shares:delete, document:direct-shares:read, document:direct-shares:write, document:direct-shares:delete, document:trash.documents:read, document:trash.documents:restore, document:trash.documents:delete;\n//Unified analysis screens\nALLOW unified-analysis:screen-definition:read;\n//Grail\nALLOW storage:bucket-definitions:read;\nALLOW storage:filter-segments:read, storage:filter-segments:write, storage:filter-segments:delete;\n//OpenPipeline\nALLOW openpipeline:configurations:read;\n//Hub\nALLOW hub:catalog:read;\n//AppEngine\nALLOW app-engine:apps:run, app-engine:functions:run, app-engine:edge-connects:read, app-engine:apps:install;\n//Notifications\nALLOW email:emails:send, notification:self-notifications:read, notification:self-notifications:write;\n//AutomationEngine\nALLOW automation:workflows:read, automation:calendars:read, automation:rules:read, automation:workflows:write, automation:workflows:run, automation:calendars:write, automation:rules:write;\n//Davis\nALLOW davis:analyzers:read, davis-copilot:conversations:execute, davis-copilot:nl2dql:execute, davis:analyzers:execute;\n//IAM\nALLOW iam:service-users:use;\n//Settings\nALLOW settings:objects:read, settings:schemas:read, app-settings:objects:read;\n//Classics\nALLOW environment:roles:viewer, environment:roles:replay-sessions-with-masking, environment:roles:view-security-problems, environment:roles:manage-security-problems;\n// Hyperscaler Authentication\nALLOW hyperscaler-authentication:aws:authenticate;\n//Geolocations\nALLOW geolocation:locations:lookup;\n// Vulnerability service\nALLOW vulnerability-service:vulnerabilities:read;\nALLOW vulnerability-service:vulnerabilities:write;\n//SLOs\nALLOW slo:slos:read, slo:slos:write, slo:objective-templates:read;\n//BusinessInsights\nALLOW insights:opportunities:read;\n",
  },
  {
    name: "Admin User",
    description: "Grants administrative access across all platform services.",
    source: "seed 003 default policies",
    text: "//States\nALLOW state:app-states:delete, state:app-states:read, state:app-states:write, state:user-app-states:read, state:user-app-states:write, state:user-app-states:delete, state-management:user-app-states:delete, state-management:user-app-states:delete-all, state-management:app-states:delete;\n//Documents\nALLOW document:documents:read, document:documents:write, document:documents:delete, document:documents:admin, document:environment-shares:read, document:environment-shares:write, document:environment-shares:claim, document:environment-shares:delete, document:direct-shares:read, document:direct-shares:write, document:direct-shares:delete, document:trash.documents:read, document:trash.documents:restore, document:trash.documents:delete;\n//Unified analysis screens\nALLOW unified-analysis:screen-definition:read;\n//Grail\nALLOW storage:bucket-definitions:read, storage:filter-segments:read;\nALLOW storage:filter-segments:read, storage:filter-segments:write, storage:filter-segments:delete, storage:filter-segments:admin;\n//OpenPipeline\nALLOW openpipeline:configurations:read, openpipeline:configurations:write;\n//Hub\nALLOW hub:catalog:read;\n//AppEngine\nALLOW app-engine:apps:run, app-engine:functions:run, app-engine:edge-connects:read, app-engine:apps:install, app-engine:apps:delete;\n//Notifications\nALLOW email:emails:send, notification:self-notifications:read, notification:self-notifications:write;\n//AutomationEngine\nALLOW automation:workflows:read, automation:calendars:read, automation:rules:read, automation:workflows:write, automation:workflows:run, automation:calendars:write, automation:rules:write, automation:workflows:admin;\n//Davis\nALLOW davis:analyzers:read, davis-copilot:conversations:execute, davis-copilot:nl2dql:execute, davis:analyzers:execute;\n//IAM\nALLOW iam:service-users:use, oauth2:clients:manage;\n//Settings\nALLOW settings:objects:read, settings:schemas:read, app-settings:objects:read, app-settings:objects:write, settings:objects:write;\n//Extensions\nALLOW extensions:definitions:read, extensions:definitions:write, extensions:configurations:read, extensions:configurations:write, extensions:configuration.actions:write;\n//Deployment\nALLOW deployment:activegates.network-zones:write, deployment:activegates.groups:write, deployment:oneagents.network-zones:write, deployment:oneagents.host-groups:write, deployment:oneagents.host-tags:write, deployment:oneagents.host-properties:write;\n//Classics\nALLOW environment:roles:viewer, environment:roles:replay-sessions-with-masking, environment:roles:agent-install, environment:roles:configure-request-capture-data, environment:roles:manage-security-problems, cloudautomation:resources:read, cloudautomation:resources:write, cloudautomation:resources:delete, cloudautomation:metadata:read, cloudautomation:events:read, cloudautomation:events:write, cloudautomation:logs:read, cloudautomation:logs:write, cloudautomation:projects:read, cloudautomation:projects:write, cloudautomation:projects:delete, cloudautomation:stages:read, cloudautomation:services:read, cloudautomation:services:write, cloudautomation:services:delete, cloudautomation:integrations:read, cloudautomation:integrations:write, cloudautomation:integrations:delete, cloudautomation:secrets:read, cloudautomation:secrets:write, cloudautomation:secrets:delete, cloudautomation:instance:manage, cloudautomation:statistics:read;\n// Hyperscaler Authentication\nALLOW hyperscaler-authentication:aws:authenticate;\n//Geolocations\nALLOW geolocation:locations:lookup;\n// Vulnerability service\nALLOW vulnerability-service:vulnerabilities:read;\nALLOW vulnerability-service:vulnerabilities:write;\n//SLOs\nALLOW slo:slos:read, slo:slos:write, slo:objective-templates:read;\n//BusinessInsights\nALLOW insights:opportunities:read;\n",
  },
  {
    name: "Settings Reader",
    description: "Settings Reader Policy",
    source: "seed 003 legacy default policies",
    text: "ALLOW settings:objects:read, settings:schemas:read;\n",
  },
  {
    name: "Settings Writer",
    description: "Settings Writer Policy",
    source: "seed 003 legacy default policies",
    text: "ALLOW settings:objects:read, settings:objects:write, settings:schemas:read;\n",
  },
  {
    name: "Environment role - Change monitoring settings",
    description: "Permission to access 'Environment Manage Settings' features (equivalent to RBAC permission).",
    source: "seed 003 legacy default policies",
    text: "ALLOW environment:roles:manage-settings;\n",
  },
]);

export function defaultPolicy(name: string): DefaultPolicy | undefined {
  return defaultPolicies.find((p) => p.name === name);
}
