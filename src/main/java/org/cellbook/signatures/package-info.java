@NullMarked
package org.cellbook.signatures;

import org.jspecify.annotations.NullMarked;
