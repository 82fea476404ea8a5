import { describe, expect, it } from 'vitest';
import { renderReport, renderTextReports } from '../../src/report/render-report.js';
import { fixtureModel, html } from './html-fixture.js';

describe('renderReport', () => {
  it('renders exactly the formats asked for, each as its own renderer does', async () => {
    const model = fixtureModel();
    const text = renderTextReports(model);
    const some = await renderReport(model, { formats: ['json', 'csv'], lang: 'en' });
    expect(Object.keys(some).sort()).toEqual(['csv', 'json']);
    expect(some.json).toBe(text.json);
    expect(some.csv).toBe(text.csv);
  });
  it('renders HTML with its charts in the language asked for', async () => {
    const model = fixtureModel();
    const rendered = await renderReport(model, { formats: ['md', 'html'], lang: 'en' });
    expect(rendered.markdown).toBe(renderTextReports(model).markdown);
    expect(rendered.html?.html).toBe((await html(model, 'en')).html);
  });
});
