/** The query key of a brand's card progress, shared by the calendar page's prefetch and the client. */
export const cardProgressKey = (brand: string) => ["cards", brand];
