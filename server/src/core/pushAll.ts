// Appends one array to another without spreading it into a call, whose argument count the stack bounds: a file
// can hold a hundred thousand mentions or spans, and a workspace a hundred thousand files.
export function pushAll<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) into.push(item);
}
