package cn.quzhou.stations.importing.internal;

/** A cell as stored in the file: its text (a number as written, never a formula's cached result) and whether it is a formula. */
record SheetCell(String text, boolean formula) {
}
