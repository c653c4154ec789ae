import type { CsvRow } from "../../http/csv.ts";
import type { Locale } from "../../i18n/locales.ts";
import { documentLink } from "../events/event-detail.api.ts";
import { toEventItem } from "../events/events.service.ts";
import type { ChairmanshipDetail, ChairmanshipItem } from "./chairmanships.schema.ts";
import type { ChairCard, ChairView } from "./chairmanships.service.ts";

/** A chairmanship card as an API list item (plain strings in the request locale). */
export function toChairmanshipItem(c: ChairCard, locale: Locale): ChairmanshipItem {
  return {
    id: c.id,
    url: `/${locale}/chairmanships/${c.year}`,
    year: c.year,
    country: c.country.code,
    countryName: c.country.name,
    theme: c.theme?.text ?? null,
    chairPerson: c.chair
      ? {
          id: c.chair.id,
          slug: c.chair.slug,
          name: c.chair.name.text,
          url: `/${locale}/people/${c.chair.slug}`,
        }
      : null,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    priorities: c.priorities.map((p) => ({ slug: p.slug, name: p.name.text })),
    eventCount: c.events.length,
  };
}

/** A list item as a CSV row: the chair person and the priorities flattened. */
export function chairmanshipCsvRow(i: ChairmanshipItem): CsvRow {
  return {
    id: i.id,
    url: i.url,
    year: i.year,
    country: i.country,
    countryName: i.countryName,
    theme: i.theme,
    chairPersonSlug: i.chairPerson?.slug,
    chairPersonName: i.chairPerson?.name,
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    priorities: i.priorities.map((p) => p.slug).join(";"),
    eventCount: i.eventCount,
  };
}

/** The chairmanship view as the JSON detail of `/api/v1/chairmanships/{year}`. */
export function toChairmanshipDetail(v: ChairView, locale: Locale): ChairmanshipDetail {
  return {
    ...toChairmanshipItem(v, locale),
    handoverNotes: v.handoverNotes?.text ?? null,
    events: v.events.map((e) => toEventItem(e, locale)),
    plan: v.plan
      ? {
          year: v.year,
          title: v.plan.title?.text ?? "",
          itemCount: v.plan.itemCount,
          url: `/${locale}/plans/${v.year}`,
        }
      : null,
    news: v.news.map((n) => ({
      id: n.id,
      slug: n.slug,
      title: n.title.text,
      publishedOn: n.publishedOn,
      url: `/${locale}/news/${n.slug}`,
    })),
    documents: v.documents.map((d) => documentLink(d, locale)),
    previousYear: v.previousYear,
    nextYear: v.nextYear,
  };
}
