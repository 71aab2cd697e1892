// Public surface of the pipeline.
export { parseArticle } from './parse-article.ts';
export { assignUniqueIds, slugify } from './ids.ts';
export type { Article, Paragraph, ParseResult, Quote, Speaker, Warning } from './types.ts';
