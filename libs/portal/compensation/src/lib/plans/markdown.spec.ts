import { markdownToHtml } from './markdown';

describe('markdownToHtml', () => {
  it('should render headings, emphasis and tables when given a plan document', () => {
    const html = markdownToHtml('# Plan\n\n**$10,000**\n\n| A | B |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toContain('<h1>Plan</h1>');
    expect(html).toContain('<strong>$10,000</strong>');
    expect(html).toContain('<table>');
  });
});
