import type { Localized } from "../../db/translations.ts";
import type { ViewCtx } from "../../http/context.ts";
import { DateRange, Text } from "../../views/components.tsx";
import type { Ref } from "../reference/names.service.ts";
import type { EventCard } from "./events.service.ts";

/** A UI label for a vocabulary value (`events.kind.meeting`); the raw value when no label exists. */
export function label(ctx: ViewCtx, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  const text = ctx.t(key);
  return text === key ? value : text;
}

/**
 * A translated text inline: bare when it is in the reader's language (less markup on the wire),
 * the shared `Text` (with its lang attribute and visible note) when it is a fallback.
 */
export function Txt({ ctx, value }: { ctx: ViewCtx; value: Localized | undefined }) {
  if (!value) return null;
  if (!value.fallback) return <>{value.text}</>;
  return <Text ctx={ctx} value={value} />;
}

/** A link to a record's page: `/{locale}/{section}/{slug}` with its name. */
export function RefLink({ ctx, section, item }: { ctx: ViewCtx; section: string; item: Ref }) {
  return (
    <a href={`/${ctx.locale}/${section}/${item.slug}`}>
      <Txt ctx={ctx} value={item.name} />
    </a>
  );
}

/** Where an event was: city and country, or "online". */
export function Place({ ctx, event }: { ctx: ViewCtx; event: EventCard }) {
  const city = event.city ? <Txt ctx={ctx} value={event.city} /> : null;
  const country = event.country?.name;
  return (
    <>
      {city}
      {city && country ? ", " : null}
      {country}
      {event.online ? `${city || country ? " · " : ""}${ctx.t("events.online")}` : null}
    </>
  );
}

/** The line under an event's title: dates (approximate marked) · place · kind. */
export function EventMeta({ ctx, event }: { ctx: ViewCtx; event: EventCard }) {
  return (
    <p class="meta">
      <DateRange ctx={ctx} from={event.startsOn} to={event.endsOn} approximate={event.approximate} /> ·{" "}
      <Place ctx={ctx} event={event} /> · {label(ctx, "events.kind", event.kind)}
    </p>
  );
}
