import uploadGuard from './upload-guard';

export default { 'upload-guard': uploadGuard };
