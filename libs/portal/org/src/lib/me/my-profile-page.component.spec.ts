import { TestBed } from '@angular/core/testing';
import { MeGQL, RepGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { renderPage } from '../testing/render-page';
import { MyProfilePageComponent } from './my-profile-page.component';

// A long address with no break in it: the page must wrap it on a phone (the e2e suite measures that).
const LONG_EMAIL = 'mariafernandagonzalezrodriguez@enterprisesalesdivision.example.com';

function setup(repId: string | null) {
  const me = { id: 'u1', name: 'Maria Gonzalez', email: LONG_EMAIL, role: repId ? 'REP' : 'ADMIN', repId };
  const rep = {
    id: 'r1',
    name: 'Maria Gonzalez',
    email: LONG_EMAIL,
    hireDate: '2021-03-15',
    active: true,
    teamId: 't1',
    team: { id: 't1', name: 'EMEA' },
  };
  const repFetch = jest.fn(() => of({ data: { rep } }));
  TestBed.configureTestingModule({
    providers: [
      { provide: MeGQL, useValue: { fetch: () => of({ data: { me } }) } },
      { provide: RepGQL, useValue: { fetch: repFetch } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { repFetch };
}

describe('MyProfilePageComponent', () => {
  it('should show the rep their record, the address in a line of its own that may wrap', async () => {
    const { repFetch } = setup('r1');
    const { element, text } = await renderPage(MyProfilePageComponent);

    expect(repFetch).toHaveBeenCalledWith(expect.objectContaining({ variables: { id: 'r1' } }));
    expect(text('me-name')).toEqual(['Maria Gonzalez']);
    expect(element.querySelector('.email')?.textContent).toBe(LONG_EMAIL);
    expect(text('me-team')).toEqual(['EMEA']);
    expect(text('me-hire-date')).toEqual(['Mar 15, 2021']);
  });

  it('should say there is no rep record when the user is not a rep', async () => {
    const { repFetch } = setup(null);
    const { element, text } = await renderPage(MyProfilePageComponent);

    expect(repFetch).not.toHaveBeenCalled();
    expect(text('me-name')).toEqual(['Maria Gonzalez']);
    expect(text('me-team')).toEqual([]);
    expect(element.textContent).toContain('Your sign-in is not linked to a rep record yet.');
  });
});
