/**
 * The three attributes that make an HDF5 object an NWB/HDMF typed object. Readers
 * (pynwb, matnwb, NWB widgets) find data by `neurodata_type` and `namespace`, not
 * by path, so every typed object must carry them, plus its `object_id`.
 */
import type { Dataset, Group } from 'h5wasm/node';
import { objectId } from './object-id.js';

/** Marks `obj` as type `type` of `namespace`, with an object id derived from the file's identifier. */
export type MarkTyped = (obj: Group | Dataset, namespace: string, type: string) => void;

/** A {@link MarkTyped} for the file with this identifier (object ids are derived from it and the path). */
export function typedMarker(identifier: string): MarkTyped {
  return (obj, namespace, type) => {
    obj.create_attribute('namespace', namespace);
    obj.create_attribute('neurodata_type', type);
    obj.create_attribute('object_id', objectId(identifier, obj.path));
  };
}
