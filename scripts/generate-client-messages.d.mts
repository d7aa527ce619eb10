export function resolveImport(from: string, spec: string): string | null;
export function clientNamespaces(file: string): Set<string>;
export function collectClientMessages(): Record<string, string[]>;
export function writeClientMessages(): void;
