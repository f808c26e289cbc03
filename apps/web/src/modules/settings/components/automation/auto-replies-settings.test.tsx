import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AutoReplyRuleDto, InboxDto } from '@parley/contracts';
import { mockApi, route } from '../../../../test/mock-api';
import { renderWithProviders } from '../../../../test/render';
import { AutoRepliesSettings } from './auto-replies-settings';

const INBOX = '00000000-0000-4000-8000-0000000000a1';
const inbox = { id: INBOX, name: 'Support page', channel: 'messenger' } as InboxDto;
const rules: AutoReplyRuleDto[] = [
  { id: 'r2', inboxId: INBOX, position: 1, trigger: 'keyword', keywords: ['price'], pattern: null, body: 'Our prices are on the website.', enabled: false },
  { id: 'r1', inboxId: INBOX, position: 0, trigger: 'first_message', keywords: [], pattern: null, body: 'Hi {{contact.first_name}}, thanks for writing!', enabled: true },
];

describe('AutoRepliesSettings', () => {
  it('lists the inbox rules from the API in order and shows every 400 message on a bad save', async () => {
    const { requests } = mockApi([
      route('GET', '/api/inboxes', () => ({ body: [inbox] })),
      route('GET', `/api/inboxes/${INBOX}/auto-replies`, () => ({ body: rules })),
      route('POST', `/api/inboxes/${INBOX}/auto-replies`, () => ({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: ['pattern is not a valid regular expression', 'keywords must contain at most 50 elements'] },
      })),
    ]);
    renderWithProviders(<AutoRepliesSettings />);

    const table = await screen.findByRole('table', { name: 'Auto-replies' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Hi {{contact.first_name}}, thanks for writing!');
    expect(rows[0]).toHaveTextContent('First message of a conversation');
    expect(rows[1]).toHaveTextContent('Our prices are on the website.');
    expect(within(rows[1]).getByText('price')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Enabled: Our prices are on the website.' })).not.toBeChecked();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New auto-reply' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Reply text/ }), 'Back soon');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('pattern is not a valid regular expression');
    expect(alert).toHaveTextContent('keywords must contain at most 50 elements');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ trigger: 'first_message', body: 'Back soon', keywords: [], pattern: null, enabled: true, position: 2 });
  });
});
