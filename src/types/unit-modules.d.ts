// The module src/integrations/unit-modules.ts generates: each unit file's compiled module by file name.
declare module 'virtual:unit-modules' {
  const unitModules: Record<string, () => Promise<unknown>>;
  export default unitModules;
}
