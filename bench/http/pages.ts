/** The pages `npm run bench` and `npm run bench:data` measure (demo entities, which every data size has). */
export const PAGES: { name: string; path: string; cacheable: boolean }[] = [
  { name: "home", path: "/ru/", cacheable: true },
  { name: "event page", path: "/ru/events/astana-2023", cacheable: true },
  { name: "projects, filtered by country", path: "/ru/projects?country=KG", cacheable: true },
  { name: "person page", path: "/ru/people/aida-balayeva", cacheable: true },
  { name: "API list (events)", path: "/api/v1/events?locale=ru", cacheable: true },
  {
    name: "search API",
    path: `/api/v1/search?q=${encodeURIComponent("Балаева")}&locale=ru`,
    cacheable: false,
  },
];
