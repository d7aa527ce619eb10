// The @nlpjs v4 packages ship no types; these are the parts the listening code uses.
declare module "@nlpjs/core" {
  export class Container {
    use(plugin: unknown): void;
    get(name: `sentiment-${string}`): { negations: { words: string[] }; pattern?: Record<string, number> } | undefined;
    get(name: `stemmer-${string}`): { stemWord(word: string): string } | undefined;
    get(name: `normalizer-${string}`): { normalize(text: string): string } | undefined;
    register(name: string, value: unknown): void;
  }
}
declare module "@nlpjs/lang-en" {
  export const LangEn: unknown;
}
declare module "@nlpjs/lang-fr" {
  export const LangFr: unknown;
}
declare module "@nlpjs/sentiment" {
  export class SentimentAnalyzer {
    constructor(settings: { container: unknown });
    process(input: { locale: string; text: string }): Promise<{
      sentiment: { score: number; numWords: number; numHits: number; vote: string };
    }>;
  }
}
