/**
 * The file has what NWB 2.x requires and what NWB readers look for, checked
 * object by object with h5wasm (independently of mirrorlab's own reader).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import h5wasm, { Dataset, File, Group, Reference } from 'h5wasm/node';
import { NWB_VERSION, objectId, writeNwb } from '../../src/export/index.js';
import { sampleMeta, sampleRecording, tempDir } from './sample.js';

const dir = tempDir();
const file = path.join(dir, 'layout.nwb');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

let h5: File;
before(async () => {
  await writeNwb(sampleRecording(), file, sampleMeta);
  await h5wasm.ready;
  h5 = new File(file, 'r');
});
after(() => h5.close());

const group = (p: string) => {
  const g = h5.get(p);
  assert.ok(g instanceof Group, `${p} is a group`);
  return g;
};
const dataset = (p: string) => {
  const d = h5.get(p);
  assert.ok(d instanceof Dataset, `${p} is a dataset`);
  return d;
};
const attr = (o: Group | Dataset, name: string) => {
  const a = o.attrs[name];
  assert.ok(a, `${o.path} has attribute ${name}`);
  return a.value;
};

test('the root is an NWBFile of the core namespace with version and object id', () => {
  assert.equal(attr(h5, 'namespace'), 'core');
  assert.equal(attr(h5, 'neurodata_type'), 'NWBFile');
  assert.equal(attr(h5, 'nwb_version'), NWB_VERSION);
  assert.match(String(attr(h5, 'object_id')), UUID);
});

test('every required top-level group and dataset is there', () => {
  for (const g of [
    'acquisition',
    'analysis',
    'general',
    'processing',
    'stimulus/presentation',
    'stimulus/templates',
  ]) {
    group(g);
  }
  assert.equal(dataset('identifier').value, sampleMeta.identifier);
  assert.equal(dataset('session_description').value, sampleMeta.sessionDescription);
  assert.equal(dataset('session_start_time').value, '2024-05-01T10:00:00.000Z');
  assert.equal(dataset('timestamps_reference_time').value, '2024-05-01T10:00:00.000Z');
  const created = dataset('file_create_date');
  assert.deepEqual(created.shape, [1]);
  assert.match(String((created.value as string[])[0]), ISO_UTC);
  assert.equal(dataset('general/institution').value, sampleMeta.institution);
  assert.deepEqual(dataset('general/experimenter').value, sampleMeta.experimenter);
});

test('units is a Units DynamicTable with colnames, description and described columns', () => {
  const units = group('units');
  assert.equal(attr(units, 'neurodata_type'), 'Units');
  assert.equal(attr(units, 'namespace'), 'core');
  assert.ok(String(attr(units, 'description')).length > 0);
  assert.deepEqual(attr(units, 'colnames'), [
    'spike_times',
    'area',
    'subject',
    'index_in_area',
    'classification',
    'preferred_act',
  ]);
  const id = dataset('units/id');
  assert.equal(attr(id, 'neurodata_type'), 'ElementIdentifiers');
  assert.deepEqual(Array.from(id.value as BigInt64Array, Number), [10, 11, 20]);
  for (const col of ['spike_times', 'area', 'subject', 'index_in_area', 'classification', 'preferred_act']) {
    const d = dataset(`units/${col}`);
    assert.equal(attr(d, 'neurodata_type'), 'VectorData', col);
    assert.equal(attr(d, 'namespace'), 'hdmf-common', col);
    assert.ok(String(attr(d, 'description')).length > 0, `${col} has a description`);
    assert.deepEqual(d.shape?.length, 1);
  }
  assert.deepEqual(dataset('units/area').value, ['F5', 'F5', 'PF']);
  assert.deepEqual(dataset('units/classification').value, ['mirror-strict', 'unresponsive', '']);
});

test('spike times are in seconds, indexed by an unsigned VectorIndex whose target is spike_times', () => {
  const times = dataset('units/spike_times');
  assert.equal(times.dtype, '<d');
  const expected = sampleRecording().units.flatMap((u) => u.spikeTimesMs.map((t) => t / 1000));
  assert.deepEqual(Array.from(times.value as Float64Array), expected);
  const index = dataset('units/spike_times_index');
  assert.equal(attr(index, 'neurodata_type'), 'VectorIndex');
  assert.equal(attr(index, 'namespace'), 'hdmf-common');
  assert.equal(index.metadata.signed, false);
  assert.deepEqual(Array.from(index.value as BigUint64Array, Number), [4, 4, 7]);
  const target = index.get_attribute('target', false);
  const ref = Array.isArray(target) ? target[0] : target;
  assert.ok(ref instanceof Reference, 'target is an object reference');
  // (typed as unknown: h5wasm's overloads take any Reference for a region reference)
  const resolved: unknown = h5.dereference(ref);
  assert.ok(resolved instanceof Dataset);
  assert.equal(resolved.path, '/units/spike_times');
});

test('intervals/trials is a TimeIntervals table with times in seconds', () => {
  const trials = group('intervals/trials');
  assert.equal(attr(trials, 'neurodata_type'), 'TimeIntervals');
  assert.equal(attr(trials, 'namespace'), 'core');
  assert.deepEqual(attr(trials, 'colnames'), [
    'start_time',
    'stop_time',
    'condition',
    'subject',
    'align_time',
  ]);
  assert.ok(String(attr(trials, 'description')).length > 0);
  assert.equal(attr(dataset('intervals/trials/id'), 'neurodata_type'), 'ElementIdentifiers');
  const rec = sampleRecording();
  const seconds = (k: 'startMs' | 'stopMs' | 'alignMs') => rec.trials.map((t) => t[k] / 1000);
  assert.deepEqual(
    Array.from(dataset('intervals/trials/start_time').value as Float64Array),
    seconds('startMs'),
  );
  assert.deepEqual(
    Array.from(dataset('intervals/trials/stop_time').value as Float64Array),
    seconds('stopMs'),
  );
  assert.deepEqual(
    Array.from(dataset('intervals/trials/align_time').value as Float64Array),
    seconds('alignMs'),
  );
  assert.deepEqual(
    dataset('intervals/trials/condition').value,
    rec.trials.map((t) => t.condition),
  );
  for (const col of ['start_time', 'stop_time', 'condition', 'subject', 'align_time']) {
    const d = dataset(`intervals/trials/${col}`);
    assert.equal(attr(d, 'neurodata_type'), 'VectorData', col);
    assert.ok(String(attr(d, 'description')).length > 0, `${col} has a description`);
  }
});

test('every typed object has a distinct object id derived from the identifier and its path', () => {
  const typed: (Group | Dataset)[] = [];
  const walk = (g: Group) => {
    if (g.attrs.neurodata_type) typed.push(g);
    for (const name of g.keys()) {
      const child = g.get(name);
      if (child instanceof Group) walk(child);
      else if (child instanceof Dataset && child.attrs.neurodata_type) typed.push(child);
    }
  };
  walk(h5);
  assert.equal(typed.length, 1 + 1 + 8 + 1 + 6); // file, units + id + 6 columns + index, trials + id + 5
  const ids = typed.map((o) => {
    assert.ok(o.attrs.namespace, `${o.path} has a namespace`);
    const id = String(attr(o, 'object_id'));
    assert.match(id, UUID);
    assert.equal(id, objectId(sampleMeta.identifier, o.path));
    return id;
  });
  assert.equal(new Set(ids).size, ids.length);
});
