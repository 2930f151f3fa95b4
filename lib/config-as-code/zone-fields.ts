/**
 * Where a value stores management-zone numeric ids, per schema — the fields an export turns into
 * named zone parameters / variables. SLOs name zones inside the `filter` entity selector text
 * (`mzName("…")` is a name already, `mzId(…)` stays literal): a selector is kept verbatim rather
 * than rewritten, so what is reviewed is exactly what Dynatrace evaluates.
 */
import { ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, arr, field } from '../alerting/schema-ids';

const NUMERIC_ID = /^-?\d{1,19}$/;

export interface ZoneField { path: string; id: string }

function ref(v: unknown, path: string): ZoneField[] {
  return typeof v === 'string' && NUMERIC_ID.test(v) ? [{ path, id: v }] : [];
}

/** The zone-id fields of a value, in value order. Never throws. */
export function zoneFieldsOf(schemaId: string, value: unknown): ZoneField[] {
  switch (schemaId) {
    case ALERTING_PROFILE:
      return ref(field(value, 'managementZone'), 'managementZone');
    case METRIC_EVENTS: {
      const out = ref(field(value, 'queryDefinition', 'managementZone'), 'queryDefinition/managementZone');
      arr(field(value, 'queryDefinition', 'entityFilter', 'conditions')).forEach((c, i) => {
        if (field(c, 'type') === 'MANAGEMENT_ZONE') out.push(...ref(field(c, 'value'), `queryDefinition/entityFilter/conditions/${i}/value`));
      });
      return out;
    }
    case MAINTENANCE_WINDOW:
      return arr(field(value, 'filters')).flatMap((f, i) =>
        arr(field(f, 'managementZones')).flatMap((z, j) => ref(z, `filters/${i}/managementZones/${j}`)));
    default:
      return [];
  }
}
