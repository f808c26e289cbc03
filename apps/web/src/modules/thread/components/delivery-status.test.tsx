import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { message } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { DeliveryStatus } from './delivery-status';

describe('DeliveryStatus', () => {
  it('tells the agent when a reply went out again after an attempt whose outcome never came back', () => {
    const warning = { code: 'maybe_sent_twice', message: 'Sent again after an earlier attempt got no answer from the platform.' };
    renderWithProviders(<DeliveryStatus message={message({ deliveryStatus: 'delivered', deliveryError: warning })} />);
    expect(screen.getByTitle('Delivered')).toBeInTheDocument();
    expect(screen.getByText('May have been sent twice')).toBeInTheDocument();
  });

  it('shows a plain tick for an ordinary sent reply', () => {
    renderWithProviders(<DeliveryStatus message={message({ deliveryStatus: 'sent', deliveryError: null })} />);
    expect(screen.getByTitle('Sent')).toBeInTheDocument();
    expect(screen.queryByText(/sent twice/)).toBeNull();
  });
});
