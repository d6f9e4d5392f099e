/**
 * Writes an hdmf-common DynamicTable (the base of NWB's Units and TimeIntervals):
 * a group with `colnames` and `description`, an `id` column of ElementIdentifiers,
 * one VectorData per column and, for ragged columns, a `<name>_index` VectorIndex
 * whose `target` attribute is an object reference to the column it indexes.
 */
import type { Group } from 'h5wasm/node';
import { NAMESPACE } from './nwb-layout.js';
import type { MarkTyped } from './nwb-typed.js';

/** A column's values: float64, int64 or variable-length UTF-8 text. */
export type ColumnData = Float64Array | BigInt64Array | string[];

export interface TableColumn {
  name: string;
  description: string;
  data: ColumnData;
  /** For a ragged column: one exclusive end offset into `data` per row. */
  index?: BigUint64Array;
}

export interface DynamicTableSpec {
  /** Neurodata type of the table, e.g. `Units`, and the namespace it is defined in. */
  type: string;
  namespace: string;
  description: string;
  /** Row ids (ElementIdentifiers). */
  ids: BigInt64Array;
  /** Columns in `colnames` order. */
  columns: TableColumn[];
}

/** Create the table as group `name` of `parent`; `mark` adds the typed-object attributes. */
export function writeDynamicTable(
  parent: Group,
  name: string,
  table: DynamicTableSpec,
  mark: MarkTyped,
): Group {
  const group = parent.create_group(name);
  mark(group, table.namespace, table.type);
  group.create_attribute(
    'colnames',
    table.columns.map((c) => c.name),
  );
  group.create_attribute('description', table.description);
  const id = group.create_dataset({ name: 'id', data: table.ids });
  mark(id, NAMESPACE.common, 'ElementIdentifiers');
  for (const column of table.columns) {
    const rows = column.index ?? column.data;
    if (rows.length !== table.ids.length) {
      throw new Error(`column ${name}/${column.name} has ${rows.length} rows, the table ${table.ids.length}`);
    }
    const data = group.create_dataset({
      name: column.name,
      data: column.data,
      dtype: Array.isArray(column.data) ? 'S' : null,
    });
    data.create_attribute('description', column.description);
    mark(data, NAMESPACE.common, 'VectorData');
    if (column.index) {
      const index = group.create_dataset({ name: `${column.name}_index`, data: column.index });
      index.create_attribute('description', `Index for VectorData '${column.name}'`);
      index.create_attribute('target', data.create_reference());
      mark(index, NAMESPACE.common, 'VectorIndex');
    }
  }
  return group;
}
