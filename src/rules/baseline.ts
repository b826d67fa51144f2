/**
 * The national baseline: what every profile starts from before its SOP's overlay, and the
 * document requirements with the kinds that meet them.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Localized } from '../i18n/locale';
import type { DocumentKind, Segment, Service } from '../schemas/case-input';
import type { Profile, RequirementId, ServicePolicy } from '../schemas/profile';
import type { CitationId } from './law';
import { parameterAt } from './parameters';

/** A document requirement: the kinds that meet it (any one), and whether it needs a meterai. */
export type Requirement = {
  id: RequirementId;
  anyOf: readonly DocumentKind[];
  label: Localized;
};

/** Every requirement a profile may ask for. `identitas` is one requirement in every profile. */
export const REQUIREMENTS: Readonly<Record<RequirementId, Requirement>> = {
  identitas: {
    id: 'identitas',
    anyOf: ['ktp', 'kia', 'akta-kelahiran'],
    label: {
      id: 'identitas (KTP, KIA atau akta kelahiran)',
      en: 'identity document (KTP, KIA or birth certificate)',
    },
  },
  kk: { id: 'kk', anyOf: ['kk'], label: { id: 'Kartu Keluarga (KK)', en: 'family card (KK)' } },
  'kartu-jkn': {
    id: 'kartu-jkn',
    anyOf: ['kartu-jkn'],
    label: { id: 'kartu JKN-KIS', en: 'JKN-KIS card' },
  },
  'surat-status-kepesertaan': {
    id: 'surat-status-kepesertaan',
    anyOf: ['surat-status-kepesertaan'],
    label: {
      id: 'surat keterangan status kepesertaan dari BPJS Kesehatan',
      en: 'membership status letter from BPJS Kesehatan',
    },
  },
  'surat-keterangan-faskes': {
    id: 'surat-keterangan-faskes',
    anyOf: ['surat-keterangan-faskes'],
    label: {
      id: 'surat keterangan membutuhkan layanan kesehatan dari rumah sakit atau puskesmas',
      en: 'letter from a hospital or puskesmas that the person needs health care',
    },
  },
  sktm: {
    id: 'sktm',
    anyOf: ['sktm'],
    label: {
      id: 'surat keterangan tidak mampu (SKTM) dari desa/kelurahan',
      en: 'certificate of poverty (SKTM) from the village/ward',
    },
  },
  'surat-pernyataan-tidak-mampu-bayar': {
    id: 'surat-pernyataan-tidak-mampu-bayar',
    anyOf: ['surat-pernyataan-tidak-mampu-bayar'],
    label: {
      id: 'surat pernyataan tidak mampu membayar iuran (bermeterai)',
      en: 'statement of inability to pay contributions (with meterai)',
    },
  },
};

/** The national document requirements per service, with the citations they rest on. */
export const NATIONAL_REQUIREMENTS: Readonly<
  Record<
    Service,
    readonly {
      id: RequirementId;
      citations: readonly CitationId[];
      onlyWhen?: 'healthLetterRequired';
    }[]
  >
> = {
  reaktivasi: [
    // No national article retrieved names these documents: a reading from the seed SOPs, and
    // each profile's SOP step is cited beside it (Pasal 20(3) names only the faskes letter).
    { id: 'identitas', citations: ['penafsiran-dokumen-reaktivasi'] },
    { id: 'kk', citations: ['penafsiran-dokumen-reaktivasi'] },
    { id: 'kartu-jkn', citations: ['penafsiran-dokumen-reaktivasi'] },
    {
      id: 'surat-keterangan-faskes',
      citations: ['p3-pasal-20-3'],
      onlyWhen: 'healthLetterRequired',
    },
  ],
  pendaftaran: [
    { id: 'identitas', citations: ['p21-pasal-5', 'p3-syarat-peserta'] },
    { id: 'kk', citations: ['p21-pasal-5', 'p3-syarat-peserta'] },
  ],
  pengalihan: [
    { id: 'identitas', citations: ['p21-pasal-5', 'p3-syarat-peserta'] },
    { id: 'kk', citations: ['p21-pasal-5', 'p3-syarat-peserta'] },
  ],
};

/** Segments each service accepts nationally (pendaftaran has no segment condition). */
export const NATIONAL_SEGMENTS: Readonly<Record<Service, readonly Segment[]>> = {
  reaktivasi: ['PBI-APBN', 'PBI-APBD'],
  pendaftaran: [],
  pengalihan: ['PBPU'],
};

/** The PBI segments: an active member in one of them is already covered. */
export const PBI_SEGMENTS: readonly Segment[] = ['PBI-APBN', 'PBI-APBD'];

/** A service's policy with every knob resolved: the profile's value or the national one. */
export type EffectivePolicy = {
  segments: readonly Segment[];
  windowBound: 'paling-lama' | 'kurang-dari';
  windowMonths: number;
  checkBpjsRoster: boolean;
  residentsOnly: boolean;
  acceptVerifiedPoor: boolean;
  requireStamp: boolean;
  /** Identity documents the SOP names, when it says (departures only; `identitas` decides). */
  identityNamed: readonly DocumentKind[] | null;
  requirements: readonly RequirementId[];
  /** Requirements the profile adds beyond the national list at `asOf`. */
  addedRequirements: readonly RequirementId[];
};

/** Resolves a profile's policy for one service on `asOf` against the national baseline. */
export function effectivePolicy(
  profile: Profile,
  service: Service,
  asOf: IsoDate,
): EffectivePolicy {
  const p: ServicePolicy = profile.policy[service];
  const nationalMonths = parameterAt('reactivationWindowMonths', asOf) ?? 6;
  const healthLetter = parameterAt('healthLetterRequired', asOf) === true;
  const national = NATIONAL_REQUIREMENTS[service]
    .filter((r) => r.onlyWhen !== 'healthLetterRequired' || healthLetter)
    .map((r) => r.id);
  const waive = new Set(p.requirements?.waive ?? []);
  const added = (p.requirements?.add ?? []).filter((r) => !national.includes(r));
  const requirements = [...new Set([...national, ...added])].filter((r) => !waive.has(r));
  return {
    segments: p.segments ?? NATIONAL_SEGMENTS[service],
    windowBound: p.windowBound ?? 'paling-lama',
    windowMonths: Math.min(p.windowMonths ?? nationalMonths, nationalMonths),
    checkBpjsRoster: p.checkBpjsRoster ?? false,
    residentsOnly: p.residentsOnly ?? false,
    acceptVerifiedPoor: p.acceptVerifiedPoor ?? false,
    requireStamp: p.requireStamp ?? false,
    identityNamed: p.identityNamed ?? null,
    requirements,
    addedRequirements: added.filter((r) => !waive.has(r)),
  };
}
