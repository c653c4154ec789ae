/**
 * The pages `npm run bench` and `npm run bench:data` measure (demo entities, which every data size has).
 * `id` is what `npm run bench -- --pages` takes.
 */
export const PAGES: { id: string; name: string; path: string; cacheable: boolean }[] = [
  { id: "home", name: "home", path: "/ru/", cacheable: true },
  { id: "event", name: "event page", path: "/ru/events/astana-2023", cacheable: true },
  { id: "projects", name: "projects, filtered by country", path: "/ru/projects?country=KG", cacheable: true },
  { id: "person", name: "person page", path: "/ru/people/aida-balayeva", cacheable: true },
  { id: "api-list", name: "API list (events)", path: "/api/v1/events?locale=ru", cacheable: true },
  {
    id: "search",
    name: "search API",
    path: `/api/v1/search?q=${encodeURIComponent("Балаева")}&locale=ru`,
    cacheable: false,
  },
];
