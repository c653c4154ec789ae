import { z } from "zod";
import { registerApiList } from "../../http/api-list.ts";
import type { Feature } from "../types.ts";
import { CountryFilters, CountrySchema, TopicSchema } from "./reference.schema.ts";
import { countriesPage, topicsPage } from "./reference.service.ts";

/** Routes of the reference feature: the countries and topics lists of the open-data API. */
export const referenceRoutes: Feature = async (app, { deps }) => {
  const { db } = deps.database;
  registerApiList(app, {
    path: "/api/v1/countries",
    tag: "reference",
    summary: "Countries (the five members first), names in the request locale",
    filters: CountryFilters,
    item: CountrySchema,
    load: (req, q) =>
      countriesPage(db, req.locale, {
        ...q,
        member: q.member === undefined ? undefined : q.member === "true",
      }),
    csvColumns: ["id", "code", "name", "isMember"],
    toCsv: (c) => ({ ...c }),
  });
  registerApiList(app, {
    path: "/api/v1/topics",
    tag: "reference",
    summary: "Topics of the priority taxonomy, names in the request locale",
    filters: z.object({}),
    item: TopicSchema,
    load: (req, q) => topicsPage(db, req.locale, q),
    csvColumns: ["id", "slug", "name"],
    toCsv: (tp) => ({ ...tp }),
  });
};
