// Search suggestions as you type (without this script the form is a plain GET form): a <datalist>
// filled from /api/v1/search/suggest, 200 ms after the last key.
(() => {
  const input = document.getElementById("site-q");
  if (!input || !window.fetch) return;
  const list = document.createElement("datalist");
  list.id = "site-q-list";
  input.after(list);
  input.setAttribute("list", list.id);
  input.setAttribute("autocomplete", "off");
  let timer;
  let last = "";
  let ctrl;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      ctrl?.abort();
      ctrl = new AbortController();
      const url = `/api/v1/search/suggest?locale=${document.documentElement.lang}&q=${encodeURIComponent(q)}`;
      try {
        const res = await fetch(url, { signal: ctrl.signal, headers: { accept: "application/json" } });
        if (!res.ok) return;
        const { items } = await res.json();
        list.replaceChildren(
          ...items.map((s) => {
            const o = document.createElement("option");
            o.value = s.title;
            return o;
          }),
        );
      } catch {
        // Offline or superseded: keep the suggestions shown.
      }
    }, 200);
  });
})();
// Offline reading (/sw.js keeps the pages visited).
if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => {});
