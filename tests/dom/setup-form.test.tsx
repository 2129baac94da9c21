import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetupForm } from '../../extension/features/onboarding/setup-form.tsx';

afterEach(cleanup);

const regionHint = () => document.getElementById('setup-region-hint');

function fill(testId: string, value: string) {
  const field = screen.getByTestId(testId);
  if (field instanceof HTMLSelectElement) fireEvent.change(field, { target: { value } });
  else fireEvent.input(field, { target: { value } });
}

describe('setup form', () => {
  it('names every missing field in Dutch and saves nothing', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId('setup-save'));
    expect((await screen.findByTestId('setup-error-organisation')).textContent).toBe('Vul de naam van uw organisatie in.');
    expect(screen.getByTestId('setup-error-domain').textContent).toBe('Kies het domein waartoe uw organisatie hoort.');
    expect(screen.getByTestId('setup-error-regionName').textContent).toContain('Helmond-De Peel');
    expect(screen.queryByTestId('setup-error-contactName')).toBeNull();
    expect(screen.getByTestId('setup-organisation').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers the five domains with Dutch labels and the demo region', () => {
    render(<SetupForm onSubmit={async () => undefined} />);
    const options = Array.from((screen.getByTestId('setup-domain') as HTMLSelectElement).options).map((o) => [o.value, o.textContent]);
    expect(options.map(([value]) => value)).toEqual(['', 'zorg', 'sociaal-domein', 'verzekeraar', 'publieke-gezondheid', 'inwoners']);
    expect(options[4]?.[1]).toBe('Publieke gezondheid (GGD)');
    const list = document.getElementById(screen.getByTestId('setup-region').getAttribute('list') ?? '');
    const offered = Array.from(list?.querySelectorAll('option') ?? [], (o) => [o.value, o.label]);
    expect(offered[0]).toEqual(['Helmond-De Peel', 'Samenwerkingsregio · 6 gemeenten']);
    expect(offered).toContainEqual(['GGD-regio Brabant-Zuidoost', 'GGD-regio · 21 gemeenten']);
    expect(offered).toHaveLength(26);
  });

  it('sets up a partner in a region of the list other than the demo one, saying its gemeenten are offered', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    fill('setup-organisation', 'Zorggroep Geldrop');
    fill('setup-domain', 'zorg');
    fill('setup-region', 'GGD-regio Brabant-Zuidoost');
    expect(regionHint()?.textContent).toBe(
      'Regio uit de lijst (GGD-regio · 21 gemeenten). Bij elke waarneming biedt Regiobeeld de gemeenten van deze regio aan, en op verzoek hun wijken.',
    );
    expect(screen.getByTestId('setup-region').getAttribute('aria-describedby')).toContain('setup-region-hint');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({ organisation: 'Zorggroep Geldrop', domain: 'zorg', regionName: 'GGD-regio Brabant-Zuidoost' });
  });

  it('lets a partner name a region of their own, marked as not in the list', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    expect(regionHint()).toBeNull();
    fill('setup-organisation', 'Welzijn Oost');
    fill('setup-domain', 'sociaal-domein');
    fill('setup-region', 'Regio Oostelijk Veld');
    expect(regionHint()?.textContent).toContain('Deze regio staat niet in de lijst.');
    expect(regionHint()?.textContent).toContain('geen gemeenten');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ organisation: 'Welzijn Oost', domain: 'sociaal-domein', regionName: 'Regio Oostelijk Veld' }));
  });

  it('refuses a region name without letters or digits', async () => {
    render(<SetupForm onSubmit={async () => undefined} />);
    fill('setup-region', ' -- ');
    fireEvent.click(screen.getByTestId('setup-save'));
    expect((await screen.findByTestId('setup-error-regionName')).textContent).toBe('Een regionaam moet letters of cijfers bevatten.');
  });

  it('refuses names that reverse the reading direction or show nothing, saying so in Dutch', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    fill('setup-organisation', '\u202Eevil');
    fill('setup-domain', 'zorg');
    fill('setup-region', '\u200B\u200B');
    fill('setup-contact', 'An\u0007');
    fireEvent.click(screen.getByTestId('setup-save'));
    expect((await screen.findByTestId('setup-error-organisation')).textContent).toBe(
      'Deze naam bevat onzichtbare stuurtekens of tekens die de leesrichting omdraaien. Typ de naam zelf in in plaats van hem te plakken.',
    );
    expect(screen.getByTestId('setup-error-regionName').textContent).toBe('Vul een naam in met zichtbare letters of cijfers.');
    expect(screen.getByTestId('setup-error-contactName').textContent).toContain('stuurtekens');
    expect(screen.getByTestId('setup-region').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('hands over the trimmed answers, leaving out an empty contact name', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<SetupForm onSubmit={onSubmit} />);
    fill('setup-organisation', '  Huisartsencoöperatie De Peel ');
    fill('setup-domain', 'zorg');
    fill('setup-region', 'Helmond-De Peel');
    fill('setup-contact', '   ');
    fireEvent.click(screen.getByTestId('setup-save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({ organisation: 'Huisartsencoöperatie De Peel', domain: 'zorg', regionName: 'Helmond-De Peel' });
  });

  it('says so when saving fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<SetupForm onSubmit={() => Promise.reject(new Error('quota'))} />);
    fill('setup-organisation', 'GGD Brabant-Zuidoost');
    fill('setup-domain', 'publieke-gezondheid');
    fill('setup-region', 'Helmond-De Peel');
    fill('setup-contact', 'Piet Jansen');
    fireEvent.click(screen.getByTestId('setup-save'));
    expect((await screen.findByTestId('setup-error-save')).textContent).toBe('Opslaan is niet gelukt. Probeer het opnieuw.');
  });
});
