import { schemaDefinitions } from '../../../../lib/settings-schemas';
import { objectFields } from '../../../../lib/settings-schemas/form';
import { createWidgetRegistry, type Widget } from './registry';

const widget = (name: string): Widget => Object.assign(() => null, { displayName: name });
const ME = 'builtin:anomaly-detection.metric-events';
const schema = schemaDefinitions[ME]!;
const query = objectFields(schema, 'queryDefinition', schema.types.QueryDefinition!.properties);
const field = (key: string) => query.find((f) => f.key === key)!;

describe('createWidgetRegistry', () => {
  const defaults = [{ kind: 'text' as const, widget: widget('text') }, { kind: 'reference' as const, widget: widget('reference') }];

  it('picks the most specific entry: field of a schema, then subType, then referenced type, then kind', () => {
    const registry = createWidgetRegistry(defaults, [
      { schemaId: ME, path: 'queryDefinition.metricKey', widget: widget('metric-key') },
      { subType: 'metric-no-validator', widget: widget('selector') },
      { referencedType: 'ManagementZone', widget: widget('zone') },
    ]);
    expect(registry.widgetFor(ME, field('metricKey'))?.displayName).toBe('metric-key');
    expect(registry.widgetFor(ME, field('metricSelector'))?.displayName).toBe('selector');
    expect(registry.widgetFor(ME, field('managementZone'))?.displayName).toBe('zone');
    expect(registry.widgetFor('builtin:monitoring.slo', field('metricKey'))?.displayName).toBe('text');
  });

  it('lets a later list override an earlier one, and answers undefined for a kind nobody draws', () => {
    const registry = createWidgetRegistry(defaults, [{ kind: 'text', widget: widget('mine') }]);
    expect(registry.widgetFor(ME, field('metricKey'))?.displayName).toBe('mine');
    expect(registry.widgetFor(ME, field('queryOffset'))).toBeUndefined();
  });
});
