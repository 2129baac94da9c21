/** What letting unsigned test records in says (`--accept-unsigned`); tests about other lines leave it out. */
export const UNSIGNED_LET_IN = /^warning: [\d,]+ record versions? (is|are) not signed/;
