/** A gemeente or a wijk a clip can be about, with its CBS code. */
export interface Area {
  /** CBS code: GMxxxx for a gemeente, WKxxxxxx for a wijk. */
  readonly code: string;
  readonly name: string;
}
