/**
 * Departures: where a profile's SOP is stricter or looser than the national rule. Computed from
 * the profile's policy (never stored twice), cited to the SOP, shown in the rule book for legal
 * review, and added to the citations of the reasons they shape.
 */

import type { IsoDate } from '../dates/iso-date';
import type { Localized } from '../i18n/locale';
import type { Service } from '../schemas/case-input';
import type { Citation } from '../schemas/decision';
import type { Profile, RequirementId, ServicePolicy } from '../schemas/profile';
import { effectivePolicy, NATIONAL_SEGMENTS, REQUIREMENTS } from './baseline';
import type { PolicyKnob } from './types';

/** One way a profile departs from the national baseline for a service. */
export type Departure = {
  service: Service;
  knob: PolicyKnob;
  direction: 'stricter' | 'looser';
  description: Localized;
  /** Where in the SOP the departure comes from. */
  sopRef?: string;
};

const SERVICES: readonly Service[] = ['reaktivasi', 'pendaftaran', 'pengalihan'];

/**
 * Lists every departure of a profile from the national baseline.
 *
 * @example profileDepartures(profiles.bulukumba).map((d) => d.knob) // ['segments', 'windowBound', 'requirements']
 */
export function profileDepartures(profile: Profile, asOf?: IsoDate): Departure[] {
  const out: Departure[] = [];
  for (const service of SERVICES) {
    const p: ServicePolicy = profile.policy[service];
    // At a given date, a document the national rule already asks for is no departure.
    const nationalAtAsOf = asOf ? effectivePolicy(profile, service, asOf) : undefined;
    const ref = (knob: PolicyKnob) => {
      const r = p.sopRefs?.[knob];
      return r ? { sopRef: r } : {};
    };
    const add = (knob: PolicyKnob, direction: Departure['direction'], description: Localized) =>
      out.push({ service, knob, direction, description, ...ref(knob) });
    if (p.segments && !sameSet(p.segments, NATIONAL_SEGMENTS[service])) {
      const looser = p.segments.some((s) => !NATIONAL_SEGMENTS[service].includes(s));
      add('segments', looser ? 'looser' : 'stricter', {
        id: `Hanya segmen ${p.segments.join(', ')} (nasional: ${NATIONAL_SEGMENTS[service].join(', ') || 'tanpa syarat segmen'})`,
        en: `Only segments ${p.segments.join(', ')} (national: ${NATIONAL_SEGMENTS[service].join(', ') || 'no segment condition'})`,
      });
    }
    if (p.windowBound === 'kurang-dari') {
      add('windowBound', 'stricter', {
        id: 'Batas waktu "kurang dari" 6 bulan: hari tepat 6 bulan sesudah SK sudah di luar (nasional: "paling lama", hari itu masih masuk)',
        en: 'Window "less than" 6 months: the day exactly 6 months after the decree is outside (national: "at most", that day is inside)',
      });
    }
    if (p.windowMonths !== undefined && p.windowMonths < 6) {
      add('windowMonths', 'stricter', {
        id: `Batas waktu reaktivasi ${p.windowMonths} bulan (nasional: 6 bulan)`,
        en: `Reactivation window of ${p.windowMonths} months (national: 6 months)`,
      });
    }
    if (p.checkBpjsRoster) {
      add('checkBpjsRoster', 'stricter', {
        id: 'Mensyaratkan pemohon masih tercantum dalam SK kepesertaan BPJS',
        en: 'Requires the applicant to still be in the BPJS membership decree',
      });
    }
    if (p.residentsOnly) {
      add('residentsOnly', 'stricter', {
        id: `Hanya melayani penduduk ${profile.region ? `${profile.region.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${profile.region.name} (${profile.region.code})` : 'wilayahnya'}`,
        en: `Serves residents of ${profile.region ? `${profile.region.name} (${profile.region.code})` : 'its region'} only`,
      });
    }
    if (p.acceptVerifiedPoor) {
      // The basis of such a rule is the regional budget the SOP lists; it lapses with that year.
      const budget = (profile.sop?.legalBasis ?? []).filter((b) =>
        /Anggaran Pendapatan dan Belanja Daerah/i.test(b.title),
      );
      const basisId = budget.length
        ? `; dasar anggaran yang dicantumkan SOP: ${budget.map((b) => `${b.instrument} (${b.title})`).join('; ')} — perlu dipastikan masih ada dasar anggaran untuk tahun berjalan`
        : '';
      const basisEn = budget.length
        ? `; the budget basis the SOP lists: ${budget.map((b) => `${b.instrument} (${b.title})`).join('; ')} — check that a budget basis exists for the current year`
        : '';
      add('acceptVerifiedPoor', 'looser', {
        id: `Pada masa DTKS menerima warga miskin non-DTKS yang terverifikasi (lazimnya dibiayai sebagai PBI daerah/APBD)${basisId}`,
        en: `In the DTKS era accepts verified poor families outside DTKS (typically funded as regional PBI/APBD)${basisEn}`,
      });
    }
    const added = (p.requirements?.add ?? []).filter(
      (r) => !nationalAtAsOf || nationalAtAsOf.addedRequirements.includes(r),
    );
    const waived = p.requirements?.waive ?? [];
    if (added.length) {
      add('requirements', 'stricter', {
        id: `Dokumen tambahan: ${added.map((r) => REQUIREMENTS[r].label.id).join('; ')}`,
        en: `Additional documents: ${added.map((r) => REQUIREMENTS[r].label.en).join('; ')}`,
      });
    }
    if (waived.length) {
      add('requirements', 'looser', {
        id: `Dokumen yang tidak diminta: ${waived.map((r) => REQUIREMENTS[r].label.id).join('; ')}`,
        en: `Documents waived: ${waived.map((r) => REQUIREMENTS[r].label.en).join('; ')}`,
      });
    }
    const identityKinds = REQUIREMENTS.identitas.anyOf;
    if (p.identityNamed && identityKinds.some((k) => !p.identityNamed?.includes(k))) {
      const extra = identityKinds.filter((k) => !p.identityNamed?.includes(k));
      add('identityNamed', 'looser', {
        id: `SOP hanya menyebut ${p.identityNamed.map(kindName).join('/')} sebagai identitas; pbi-jk juga menerima ${extra.map(kindName).join(' atau ')} (untuk anak yang belum ber-KTP)`,
        en: `The SOP names only ${p.identityNamed.map(kindName).join('/')} as identity; pbi-jk also accepts ${extra.map(kindName).join(' or ')} (for children without a KTP)`,
      });
    }
    if (p.requireStamp) {
      add('requireStamp', 'stricter', {
        id: 'Surat pernyataan tidak mampu membayar wajib bermeterai',
        en: 'The statement of inability to pay must carry a meterai',
      });
    }
  }
  return out;
}

/**
 * The citation of a profile's SOP, pointing at the step a knob comes from (for a requirement, the
 * step that names that document: `sopRefs['requirements:<id>']`, else `sopRefs.requirements`).
 */
export function sopCitation(
  profile: Profile,
  service: Service,
  knob: PolicyKnob,
  requirement?: RequirementId,
): Citation {
  const sop = profile.sop;
  if (!sop) {
    return {
      instrument: `Kebijakan ${profile.name}`,
      title: `Ketentuan profil ${profile.id} (tanpa SOP terlampir)`,
      verified: false,
    };
  }
  const refs = profile.policy[service].sopRefs;
  const article = (requirement && refs?.[`requirements:${requirement}`]) || refs?.[knob];
  return {
    instrument: sop.number
      ? `${/^SOP\b/.test(sop.number) ? sop.number : `SOP ${sop.number}`} ${profile.name}`
      : `SOP/Standar Pelayanan ${profile.name}`,
    ...(article ? { article } : {}),
    title: sop.title,
    ...(sop.seed ? { source: `shared/seeds/${sop.seed}` } : {}),
    verified: true,
  };
}

function kindName(k: string): string {
  return k === 'akta-kelahiran' ? 'akta kelahiran' : k.toUpperCase();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
