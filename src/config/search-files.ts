// Where the search index lives under the data folder: its own module, so the page's first
// bundle (which only needs the manifest's address) does not carry the index format's code.
export const SEARCH_DIR = 'search';
export const SEARCH_MANIFEST = `${SEARCH_DIR}/manifest.json`;
