// The office profile this desk starts with. `pbi-jk desk --profile…` serves its own version of
// this file; on an intranet server, replace it (see docs/desk.md). null = choose in the page.
globalThis.__PBI_JK_OFFICE__ = null;
