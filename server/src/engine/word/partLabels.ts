// The parts' names in messages.

import { PARTY_TITLE } from '../catalog/conventions';
import { msg, type Message } from '../l10n/localize';
import type { PartName } from './figures';

export const PART_LABELS: Record<PartName, Message> = {
  'party-title': msg('The title {0}', PARTY_TITLE),
  'national-name': msg('The national name'),
  motto: msg('The motto'),
  'superior-body': msg('The superior body\'s name'),
  issuer: msg('The issuing body\'s name'),
  number: msg('The number and symbol'),
  'place-date': msg('The place and date'),
  'type-name': msg('The type name'),
  summary: msg('The summary'),
  'letter-summary': msg('The summary of the letter (V/v)'),
  addressee: msg('The Kính gửi line'),
  grounds: msg('The grounds of issuance'),
  body: msg('Body text'),
  'recipients-label': msg('The Nơi nhận label'),
  recipient: msg('The recipient line'),
  'signing-authority': msg('The signing authority'),
  'signer-title': msg('The signer\'s title'),
  'signer-name': msg('The signer\'s name'),
};
