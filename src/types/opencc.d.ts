// opencc-js ships its dictionaries as ES modules of the form "src dst|src dst|…" without types.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
