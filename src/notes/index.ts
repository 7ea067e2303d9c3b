/** The editorial notes: every place where the published text differs in order from the source. */
export { editorialNotes, noteAnchor, notesAbout } from './editorial-notes';
export type { EditorialNote, NoteAuthor } from './editorial-notes';
export { describePass, passDescriptions } from './pass-descriptions';
