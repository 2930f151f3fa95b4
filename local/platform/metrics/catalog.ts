/**
 * The demo tenant's metrics catalog: builtin metrics as the environment API v2 describes them
 * (`MetricDescriptor`: key, display name, description, unit, dimensions, entity types, allowed
 * aggregations). Keys, names and units follow Dynatrace's builtin metrics; the set covers what
 * the demo's metric events, SLOs and a team's usual custom alerts measure (services, hosts,
 * processes, web and mobile apps, synthetic monitors, containers). Data only.
 */

export interface DimensionDefinition {
  key: string;
  name: string;
  displayName: string;
  index: number;
  type: 'ENTITY' | 'STRING' | 'NUMBER' | 'OTHER' | 'VOID';
}

export interface CatalogMetric {
  metricId: string;
  displayName: string;
  description: string;
  unit: string;
  entityType: string[];
  dimensionDefinitions: DimensionDefinition[];
  aggregationTypes: string[];
  defaultAggregation: { type: string; parameter?: number };
}

type Dim = [key: string, name: string, type?: DimensionDefinition['type']];

const SERVICE: Dim = ['dt.entity.service', 'Service'];
const METHOD: Dim = ['dt.entity.service_method', 'Service method'];
const HOST: Dim = ['dt.entity.host', 'Host'];
const DISK: Dim = ['dt.entity.disk', 'Disk'];
const NIC: Dim = ['dt.entity.network_interface', 'Network interface'];
const PGI: Dim = ['dt.entity.process_group_instance', 'Process'];
const WEB_APP: Dim = ['dt.entity.application', 'Web application'];
const BROWSER: Dim = ['dt.entity.browser', 'Browser'];
const MOBILE_APP: Dim = ['dt.entity.device_application', 'Mobile app'];
const OS: Dim = ['dt.entity.os', 'Operating system'];
const MONITOR: Dim = ['dt.entity.synthetic_test', 'Synthetic monitor'];
const HTTP_MONITOR: Dim = ['dt.entity.http_check', 'HTTP monitor'];
const LOCATION: Dim = ['dt.entity.synthetic_location', 'Location'];
const CONTAINER: Dim = ['dt.entity.container_group_instance', 'Container'];
const USER_TYPE: Dim = ['User type', 'User type', 'STRING'];

/** Aggregations the API allows, by kind of metric. */
const TIMING = ['auto', 'avg', 'count', 'max', 'median', 'min', 'percentile', 'sum'];
const GAUGE = ['auto', 'avg', 'count', 'max', 'min', 'sum'];
const COUNTER = ['auto', 'value'];

const ENTITY_TYPE: Record<string, string> = {
  'dt.entity.service': 'SERVICE', 'dt.entity.service_method': 'SERVICE_METHOD', 'dt.entity.host': 'HOST',
  'dt.entity.process_group_instance': 'PROCESS_GROUP_INSTANCE', 'dt.entity.application': 'APPLICATION',
  'dt.entity.device_application': 'DEVICE_APPLICATION', 'dt.entity.synthetic_test': 'SYNTHETIC_TEST',
  'dt.entity.http_check': 'HTTP_CHECK', 'dt.entity.container_group_instance': 'CONTAINER_GROUP_INSTANCE',
};

function metric(metricId: string, displayName: string, unit: string, dims: Dim[], aggregationTypes: string[], description: string): CatalogMetric {
  const first = dims[0]?.[0];
  return {
    metricId, displayName, description, unit,
    entityType: first && ENTITY_TYPE[first] ? [ENTITY_TYPE[first]] : [],
    dimensionDefinitions: dims.map(([key, name, type], index) => ({ key, name, displayName: name, index, type: type ?? 'ENTITY' })),
    aggregationTypes,
    defaultAggregation: { type: aggregationTypes.includes('avg') ? 'avg' : 'value' },
  };
}

export const METRIC_CATALOG: readonly CatalogMetric[] = [
  metric('builtin:service.response.time', 'Response time', 'MicroSecond', [SERVICE], TIMING, 'The time it takes a service to respond to a request, as the service and its callees see it.'),
  metric('builtin:service.response.server', 'Server response time', 'MicroSecond', [SERVICE], TIMING, 'The time the service itself spends on a request.'),
  metric('builtin:service.response.client', 'Client side response time', 'MicroSecond', [SERVICE], TIMING, 'The response time as the calling client measures it.'),
  metric('builtin:service.requestCount.total', 'Request count', 'Count', [SERVICE], COUNTER, 'The number of requests the service received.'),
  metric('builtin:service.requestCount.server', 'Request count - server', 'Count', [SERVICE], COUNTER, 'The number of requests measured on the server side.'),
  metric('builtin:service.errors.total.count', 'Failure count (any errors)', 'Count', [SERVICE], COUNTER, 'The number of requests that failed, for any reason.'),
  metric('builtin:service.errors.total.rate', 'Failure rate (any errors)', 'Percent', [SERVICE], GAUGE, 'The share of requests that failed, for any reason.'),
  metric('builtin:service.errors.server.rate', 'Failure rate (server side errors)', 'Percent', [SERVICE], GAUGE, 'The share of requests that failed on the server side.'),
  metric('builtin:service.errors.server.successCount', 'Successful request count - server', 'Count', [SERVICE], COUNTER, 'The number of requests without a server side error.'),
  metric('builtin:service.errors.fivexx.count', 'Number of HTTP 5xx errors', 'Count', [SERVICE], COUNTER, 'Requests answered with an HTTP status of 500 to 599.'),
  metric('builtin:service.errors.fourxx.count', 'Number of HTTP 4xx errors', 'Count', [SERVICE], COUNTER, 'Requests answered with an HTTP status of 400 to 499.'),
  metric('builtin:service.cpu.time', 'Service CPU time', 'MicroSecond', [SERVICE], TIMING, 'The CPU time a service spends on its requests.'),
  metric('builtin:service.dbChildCallTime', 'Time spent in database calls', 'MicroSecond', [SERVICE], TIMING, 'The time requests spend waiting for databases.'),
  metric('builtin:service.keyRequest.response.time', 'Key request response time', 'MicroSecond', [METHOD], TIMING, 'The response time of a key request.'),
  metric('builtin:service.keyRequest.errors.server.rate', 'Key request failure rate', 'Percent', [METHOD], GAUGE, 'The share of a key request\'s calls that failed on the server side.'),
  metric('builtin:host.availability', 'Host availability %', 'Percent', [HOST], GAUGE, 'The share of time the host was reachable.'),
  metric('builtin:host.cpu.usage', 'CPU usage %', 'Percent', [HOST], GAUGE, 'The share of CPU time in use, over all cores.'),
  metric('builtin:host.cpu.idle', 'CPU idle', 'Percent', [HOST], GAUGE, 'The share of CPU time the host was idle.'),
  metric('builtin:host.cpu.user', 'CPU user', 'Percent', [HOST], GAUGE, 'The share of CPU time spent in user processes.'),
  metric('builtin:host.cpu.system', 'CPU system', 'Percent', [HOST], GAUGE, 'The share of CPU time spent in the kernel.'),
  metric('builtin:host.cpu.load', 'System load', 'Ratio', [HOST], GAUGE, 'The average number of runnable processes.'),
  metric('builtin:host.mem.usage', 'Memory used %', 'Percent', [HOST], GAUGE, 'The share of physical memory in use.'),
  metric('builtin:host.mem.avail.bytes', 'Memory available', 'Byte', [HOST], GAUGE, 'The physical memory that is still available.'),
  metric('builtin:host.mem.used', 'Memory used', 'Byte', [HOST], GAUGE, 'The physical memory in use.'),
  metric('builtin:host.disk.usedPct', 'Disk used %', 'Percent', [HOST, DISK], GAUGE, 'The share of the disk\'s space in use.'),
  metric('builtin:host.disk.avail', 'Disk available', 'Byte', [HOST, DISK], GAUGE, 'The free space on the disk.'),
  metric('builtin:host.disk.readTime', 'Disk read time', 'MilliSecond', [HOST, DISK], GAUGE, 'The average time a disk read takes.'),
  metric('builtin:host.net.nic.trafficIn', 'NIC received bytes', 'BytePerSecond', [HOST, NIC], GAUGE, 'The bytes a network interface receives per second.'),
  metric('builtin:host.net.nic.trafficOut', 'NIC sent bytes', 'BytePerSecond', [HOST, NIC], GAUGE, 'The bytes a network interface sends per second.'),
  metric('builtin:tech.generic.cpu.usage', 'Process CPU usage', 'Percent', [PGI], GAUGE, 'The share of CPU time a process uses.'),
  metric('builtin:tech.generic.mem.workingSetSize', 'Process memory', 'Byte', [PGI], GAUGE, 'The working set of a process.'),
  metric('builtin:tech.jvm.memory.gc.suspensionTime', 'Garbage collection suspension time', 'Percent', [PGI], GAUGE, 'The share of time a JVM is suspended for garbage collection.'),
  metric('builtin:apps.web.action.duration.load.browser', 'Action duration - load action [browser]', 'MicroSecond', [WEB_APP, BROWSER], TIMING, 'How long load actions take, by browser.'),
  metric('builtin:apps.web.apdex.userType', 'Apdex (by user type)', 'NotApplicable', [WEB_APP, USER_TYPE], GAUGE, 'The Apdex rating of user actions, by user type.'),
  metric('builtin:apps.web.actionCount.category', 'Action count (by Apdex category)', 'Count', [WEB_APP], COUNTER, 'The number of user actions.'),
  metric('builtin:apps.other.crashAffectedUsersRate.os', 'User rate - estimated users affected by crashes (by OS)', 'Percent', [MOBILE_APP, OS], GAUGE, 'The share of users of a mobile app who had a crash, by operating system.'),
  metric('builtin:apps.other.crashCount.osAndVersion', 'Crash count (by OS and app version)', 'Count', [MOBILE_APP, OS], COUNTER, 'The number of mobile app crashes.'),
  metric('builtin:apps.other.startup.time', 'App start time', 'MilliSecond', [MOBILE_APP], TIMING, 'How long a mobile app takes to start.'),
  metric('builtin:apps.other.keyUserActions.duration.os', 'Key user action duration (by OS)', 'MicroSecond', [MOBILE_APP, OS], TIMING, 'How long key user actions of a mobile app take.'),
  metric('builtin:synthetic.browser.availability', 'Browser monitor availability', 'Percent', [MONITOR], GAUGE, 'The share of successful browser monitor executions.'),
  metric('builtin:synthetic.browser.duration', 'Browser monitor duration', 'MilliSecond', [MONITOR, LOCATION], TIMING, 'How long a browser monitor execution takes.'),
  metric('builtin:synthetic.http.availability.location.total', 'HTTP monitor availability', 'Percent', [HTTP_MONITOR, LOCATION], GAUGE, 'The share of successful HTTP monitor executions.'),
  metric('builtin:synthetic.http.duration.geo', 'HTTP monitor duration', 'MilliSecond', [HTTP_MONITOR, LOCATION], TIMING, 'How long an HTTP monitor execution takes.'),
  metric('builtin:containers.cpu.usagePercent', 'Container CPU usage %', 'Percent', [CONTAINER], GAUGE, 'The share of its CPU limit a container uses.'),
  metric('builtin:containers.memory.residentSetBytes', 'Container memory', 'Byte', [CONTAINER], GAUGE, 'The resident memory of a container.'),
  metric('builtin:kubernetes.node.cpu_usage', 'Kubernetes: Node - CPU usage', 'MilliCores', [['k8s.node.name', 'Node', 'STRING']], GAUGE, 'The CPU a Kubernetes node uses.'),
];
