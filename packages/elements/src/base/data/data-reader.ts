/**
 * Reading and checking a data document, kept in its own module so that bundles load it only
 * when an element has data to read (in parallel with the data itself): the checks are the
 * largest part of the model, and a page without data never needs them.
 */
export {
  loadDataDocumentJson,
  previewDataDocument,
  salvageDataDocument,
  salvageDataDocumentSteps,
} from '@lp-elements/model';
