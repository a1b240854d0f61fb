import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from './schema';
import schemaSnapshot from '../../tests/fixtures/schema-versions.json';

// Fails when a shipped schema version is edited, or a schema change is made without a new
// version. A deliberate new version is added to SCHEMA_VERSIONS *and* to the snapshot.
describe('the schema guard', () => {
  it('keeps every shipped version exactly as it was released', () => {
    for (const released of schemaSnapshot) {
      const current = SCHEMA_VERSIONS.find((entry) => entry.version === released.version);
      expect(current, `version ${released.version} was removed`).toBeDefined();
      expect(current?.stores).toEqual(released.stores);
    }
  });

  it('has no version that is not in the snapshot', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(
      schemaSnapshot.map((entry) => entry.version),
    );
  });

  it('numbers versions upwards', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});
