/**
 * Two exports of the same recording with the same meta have the same content,
 * object ids included (they derive from the identifier); another identifier gives
 * other object ids and nothing else different.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import h5wasm, { Dataset, Group, Reference } from 'h5wasm/node';
import { writeNwb } from '../../src/export/index.js';
import { sampleMeta, sampleRecording, tempDir } from './sample.js';

const dir = tempDir();
const meta = { ...sampleMeta, fileCreateDate: new Date('2024-05-02T08:30:00.000Z') };

/** Every object's path, attributes and value as plain JSON-able data (references as the path they point to). */
async function contents(file: string): Promise<Record<string, unknown>> {
  await h5wasm.ready;
  const h5 = new h5wasm.File(file, 'r');
  const plain = (v: unknown): unknown => {
    if (v instanceof Reference) return `-> ${(h5.dereference(v) as unknown as Dataset).path}`;
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>, (x) => String(x));
    if (Array.isArray(v)) return v.map(plain);
    return v;
  };
  const out: Record<string, unknown> = {};
  const visit = (obj: Group | Dataset) => {
    const attrs = Object.fromEntries(
      Object.keys(obj.attrs)
        .sort()
        .map((k) => [k, plain(obj.get_attribute(k, false))]),
    );
    out[obj.path] = obj instanceof Dataset ? { attrs, dtype: obj.dtype, value: plain(obj.value) } : { attrs };
    if (obj instanceof Group) {
      for (const name of obj.keys().sort()) {
        const child = obj.get(name);
        if (child instanceof Group || child instanceof Dataset) visit(child);
      }
    }
  };
  try {
    visit(h5);
  } finally {
    h5.close();
  }
  return out;
}

test('the same recording and meta give the same content, object ids included', async () => {
  const a = path.join(dir, 'a.nwb');
  const b = path.join(dir, 'b.nwb');
  await writeNwb(sampleRecording(), a, meta);
  await writeNwb(sampleRecording(), b, meta);
  const ca = await contents(a);
  assert.ok(Object.keys(ca).length > 30);
  assert.deepEqual(await contents(b), ca);
});

test('another identifier changes the object ids and the identifier, nothing else', async () => {
  const a = path.join(dir, 'c.nwb');
  const b = path.join(dir, 'd.nwb');
  await writeNwb(sampleRecording(), a, meta);
  await writeNwb(sampleRecording(), b, { ...meta, identifier: 'mirrorlab-test-0002' });
  const strip = (c: Record<string, unknown>) =>
    JSON.stringify(c, (k, v) => (k === 'object_id' ? undefined : v)).replaceAll(
      /mirrorlab-test-000[12]/g,
      'ID',
    );
  const [ca, cb] = [await contents(a), await contents(b)];
  assert.equal(strip(ca), strip(cb));
  const ids = (c: Record<string, unknown>) =>
    Object.values(c)
      .map((o) => (o as { attrs: Record<string, unknown> }).attrs.object_id)
      .filter(Boolean);
  const [ia, ib] = [ids(ca), ids(cb)];
  assert.equal(ia.length, ib.length);
  assert.ok(ia.every((id, i) => id !== ib[i]));
});
