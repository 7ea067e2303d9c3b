/**
 * A private copy of the project for one benchmark corpus: the code (src, scripts, public, config)
 * copied, node_modules linked, and the corpus as content/. Astro keeps state in the project's
 * .astro/ folder, so builds of different corpora (or a developer's build running alongside)
 * must not share a project folder.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The files a build needs, relative to the repository root. */
const projectFiles = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A corpus to build: source text and reviewed repairs. */
export interface Corpus {
  /** "real", "x10", "x100". */
  name: string;
  sourceText: string;
  repairsText: string;
}

/** A prepared build tree and the paths a build run uses in it. */
export interface BuildTree {
  root: string;
  sourceFile: string;
  repairsFile: string;
  generatedDir: string;
  distDir: string;
  cacheDir: string;
}

/** Copies the project into `parent/<corpus name>` with the corpus as its content. */
export function prepareBuildTree(repositoryRoot: string, parent: string, corpus: Corpus): BuildTree {
  const root = path.join(parent, corpus.name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'content', 'source'), { recursive: true });
  for (const file of projectFiles) cpSync(path.join(repositoryRoot, file), path.join(root, file), { recursive: true });
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const tree: BuildTree = {
    root,
    sourceFile: path.join(root, 'content', 'source', `${corpus.name}.txt`),
    repairsFile: path.join(root, 'content', 'repairs.json'),
    generatedDir: path.join(root, 'content', 'generated'),
    distDir: path.join(root, 'dist'),
    cacheDir: path.join(root, '.cache'),
  };
  writeFileSync(tree.sourceFile, corpus.sourceText);
  writeFileSync(tree.repairsFile, corpus.repairsText);
  return tree;
}

/** Removes everything a previous run left, so every run is a cold build. */
export function cleanBuildTree(tree: BuildTree): void {
  for (const folder of [tree.generatedDir, tree.distDir, tree.cacheDir, path.join(tree.root, '.astro')]) {
    rmSync(folder, { recursive: true, force: true });
  }
}
