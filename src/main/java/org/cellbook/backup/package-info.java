@NullMarked
package org.cellbook.backup;

import org.jspecify.annotations.NullMarked;
