/**
 * `mirrorlab describe <experiment>`: what the experiment reproduces and every
 * parameter `--set` can change, with its default and allowed range — read from the
 * experiment's own schema, so the list is never out of date.
 */
import type { Command } from 'commander';
import * as z from 'zod';
import { resolveParams } from '../../node.js';
import { addJsonOption } from '../options.js';
import { printJson, printText } from '../output.js';
import { experimentOrUsage } from '../params.js';

interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchemaNode[];
}

export interface ParameterInfo {
  path: string;
  default: unknown;
  type: string;
  /** e.g. "≥ 1, ≤ 100" or "one of: delta, hebbian". */
  allowed: string;
}

function allowedText(n: JsonSchemaNode): string {
  if (n.enum) return `one of: ${n.enum.map(String).join(', ')}`;
  const parts: string[] = [];
  const big = (x: number) => Math.abs(x) >= Number.MAX_SAFE_INTEGER;
  if (n.minimum !== undefined && !big(n.minimum)) parts.push(`≥ ${n.minimum}`);
  if (n.exclusiveMinimum !== undefined) parts.push(`> ${n.exclusiveMinimum}`);
  if (n.maximum !== undefined && !big(n.maximum)) parts.push(`≤ ${n.maximum}`);
  if (n.exclusiveMaximum !== undefined) parts.push(`< ${n.exclusiveMaximum}`);
  return parts.join(', ');
}

function typeText(n: JsonSchemaNode): string {
  if (n.enum) return 'text';
  if (Array.isArray(n.type)) return n.type.join(' or ');
  if (n.type) return n.type === 'object' ? 'object (JSON)' : n.type;
  if (n.anyOf) return n.anyOf.map(typeText).join(' or ');
  return 'any';
}

/** Every leaf parameter: its path, default, type and allowed values. */
export function parameterList(schema: JsonSchemaNode, defaults: unknown, prefix = ''): ParameterInfo[] {
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([k, node]) =>
      parameterList(
        node,
        (defaults as Record<string, unknown> | undefined)?.[k],
        prefix ? `${prefix}.${k}` : k,
      ),
    );
  }
  return [{ path: prefix, default: defaults, type: typeText(schema), allowed: allowedText(schema) }];
}

export function registerDescribe(program: Command): void {
  const cmd = program
    .command('describe')
    .description('what an experiment reproduces, its protocol, and every parameter with its default')
    .argument('<experiment>', 'experiment id (see `mirrorlab list`)');
  addJsonOption(cmd)
    .addHelpText(
      'after',
      '\nExamples:\n  mirrorlab describe gallese1996\n  mirrorlab describe gallese1996 --json',
    )
    .action((id: string, o: { json?: boolean }) => {
      const def = experimentOrUsage(id);
      const schema = z.toJSONSchema(def.params, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
      const params = parameterList(schema, resolveParams(def, {}));
      if (o.json) {
        printJson({
          id: def.id,
          title: def.title,
          protocol: def.protocol,
          published: def.published,
          quick: def.quick,
          parameters: params,
        });
        return;
      }
      const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
      const w1 = Math.max(...params.map((p) => p.path.length));
      const w2 = Math.max(7, ...params.map((p) => show(p.default).length));
      const lines = [
        `${def.id} — ${def.title}`,
        '',
        `Reproduces: ${def.published.citation}`,
        `Finding: ${def.published.finding}`,
        `Protocol: ${def.protocol}`,
        '',
        'Published values:',
        ...Object.entries(def.published.values).map(([k, v]) => `  ${k}: ${v}`),
        '',
        `Quick form (--quick): ${Object.entries(def.quick)
          .map(([k, v]) => `${k}=${show(v)}`)
          .join(' ')}`,
        '',
        'Parameters (change any with --set path=value):',
        `  ${'path'.padEnd(w1)}  ${'default'.padEnd(w2)}  type, allowed`,
        ...params.map(
          (p) =>
            `  ${p.path.padEnd(w1)}  ${show(p.default).padEnd(w2)}  ${p.type}${p.allowed ? `, ${p.allowed}` : ''}`,
        ),
      ];
      printText(lines.join('\n'));
    });
}
