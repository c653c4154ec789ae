import { Fragment } from "preact";
import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { FilterForm, Select, safeHref } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { ProjectFilters } from "./projects.schema.ts";
import type { FilterOptions, ProjectCard, ProjectView } from "./projects.service.ts";

/** A project's stage in the reader's language (the stored value when it has no translation). */
function stageName(ctx: ViewCtx, stage: string): string {
  const key = `projects.stage.${stage}`;
  const text = ctx.t(key);
  return text === key ? stage : text;
}

function Card({ ctx, p }: { ctx: ViewCtx; p: ProjectCard }) {
  const { t } = ctx;
  return (
    <li>
      <h2>
        <a href={p.url}>
          <Text ctx={ctx} value={p.title} />
        </a>
      </h2>
      <p class="meta">
        {p.presenters.map((pr, i) => (
          <Fragment key={pr.slug}>
            {i > 0 ? ", " : null}
            <Text ctx={ctx} value={pr.name} />
          </Fragment>
        ))}
        {p.presenters.length > 0 && p.country ? " · " : null}
        {p.country?.name}
      </p>
      <p class="meta">
        {p.block ? (
          <>
            <Text ctx={ctx} value={p.block.name} />
            {" · "}
          </>
        ) : null}
        {t("projects.field.stage")}: {stageName(ctx, p.stage)}
      </p>
      {p.topics.length > 0 ? (
        <ul class="chips" aria-label={t("projects.field.topics")}>
          {p.topics.map((tp) => (
            <li key={tp.slug}>
              <Text ctx={ctx} value={tp.name} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The projects gallery: filter form, result count, cards, pager and open-data links. */
export function ProjectsPage({
  ctx,
  page,
  options,
  filters,
}: {
  ctx: ViewCtx;
  page: Page<ProjectCard>;
  options: FilterOptions;
  filters: ProjectFilters & { pageSize: number };
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/projects`;
  const params = {
    country: filters.country,
    block: filters.block,
    topic: filters.topic,
    pageSize: pageSizeParam(filters.pageSize),
  };
  const title = t("projects.list.title");
  return (
    <Layout ctx={ctx} title={title} description={t("projects.list.description")}>
      <PageHeader title={title} sub={t("projects.list.description")} />
      <FilterForm
        ctx={ctx}
        action={base}
        label={t("projects.filters.label")}
        active={Boolean(filters.country || filters.block || filters.topic)}
      >
        <Select
          ctx={ctx}
          name="country"
          label={t("projects.field.country")}
          value={filters.country}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          ctx={ctx}
          name="block"
          label={t("projects.field.block")}
          value={filters.block}
          options={options.blocks.map((b) => ({ value: b.slug, label: b.name }))}
        />
        <Select
          ctx={ctx}
          name="topic"
          label={t("projects.field.topic")}
          value={filters.topic}
          options={options.topics.map((tp) => ({ value: tp.slug, label: tp.name }))}
        />
      </FilterForm>
      <p class="sub" role="status">
        {t("projects.list.count", { count: page.total })}
      </p>
      {page.items.length > 0 ? (
        <ul class="cards">
          {page.items.map((p) => (
            <Card key={p.id} ctx={ctx} p={p} />
          ))}
        </ul>
      ) : null}
      <Pagination ctx={ctx} {...page} hrefFor={(n) => listHref(base, { ...params, page: n })} />
      <DataLinks ctx={ctx} api={listHref("/api/v1/projects", { ...params, page: page.page, locale })} />
    </Layout>
  );
}

/** One project: summary, presenters, where it was shown, topics, stage and links. */
export function ProjectPage({ ctx, p }: { ctx: ViewCtx; p: ProjectView }) {
  const { t, locale } = ctx;
  const gallery = `/${locale}/projects`;
  const website = safeHref(p.website);
  const links = [
    ...(website ? [{ url: website, label: t("projects.field.website") }] : []),
    ...p.links.filter((l) => safeHref(l.url)),
  ];
  return (
    <Layout ctx={ctx} title={p.title.text} description={p.summary?.text}>
      <p class="meta">
        <a href={gallery}>{t("projects.list.title")}</a>
      </p>
      <PageHeader title={<Text ctx={ctx} value={p.title} />} />
      {p.summary ? <Text ctx={ctx} as="p" value={p.summary} /> : null}
      <dl>
        {p.presenters.length > 0 ? (
          <>
            <dt>{t("projects.field.presenters")}</dt>
            {p.presenters.map((pr) => (
              <dd key={pr.slug}>
                <a href={pr.url}>
                  <Text ctx={ctx} value={pr.name} />
                </a>
              </dd>
            ))}
          </>
        ) : null}
        {p.country ? (
          <>
            <dt>{t("projects.field.country")}</dt>
            <dd>
              <a href={listHref(gallery, { country: p.country.code })}>{p.country.name}</a>
            </dd>
          </>
        ) : null}
        {p.block ? (
          <>
            <dt>{t("projects.field.block")}</dt>
            <dd>
              <a href={listHref(gallery, { block: p.block.slug })}>
                <Text ctx={ctx} value={p.block.name} />
              </a>
            </dd>
          </>
        ) : null}
        {p.event ? (
          <>
            <dt>{t("projects.field.event")}</dt>
            <dd>
              <a href={p.event.url}>
                <Text ctx={ctx} value={p.event.title} />
              </a>
              , <DateText ctx={ctx} iso={p.event.startsOn} approximate={p.event.approximate} />
            </dd>
          </>
        ) : null}
        <dt>{t("projects.field.stage")}</dt>
        <dd>{stageName(ctx, p.stage)}</dd>
      </dl>
      {p.topics.length > 0 ? (
        <>
          <h2>{t("projects.field.topics")}</h2>
          <ul class="chips">
            {p.topics.map((tp) => (
              <li key={tp.slug}>
                <a href={listHref(gallery, { topic: tp.slug })}>
                  <Text ctx={ctx} value={tp.name} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {links.length > 0 ? (
        <>
          <h2>{t("projects.field.links")}</h2>
          <ul class="list">
            {links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noopener">
                  {l.label ?? l.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
