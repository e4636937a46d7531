import uploadBody from './upload-body';
import uploadGuard from './upload-guard';

export default { 'upload-body': uploadBody, 'upload-guard': uploadGuard };
